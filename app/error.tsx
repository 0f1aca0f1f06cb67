'use client';

import { useEffect } from 'react';

// Shown when a page cannot be rendered (most often: the database is briefly unreachable).
// Plain words, no technical detail; the digest lets an operator find the server log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6" role="alert">
      <h1 className="text-2xl font-bold">暂时无法显示 · Temporarily unavailable</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-300">
        服务暂时出了问题,请稍后再试;你没有做错什么。 · Something went wrong on our side; please try again in a moment.
      </p>
      {error.digest && <p className="mt-2 text-xs text-stone-500">编号 · Reference: {error.digest}</p>}
      <button type="button" onClick={reset} className="mt-6 rounded border border-stone-400 px-3 py-1">
        重试 · Try again
      </button>
    </div>
  );
}
