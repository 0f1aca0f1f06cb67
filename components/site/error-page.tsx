'use client';

import { useEffect, useSyncExternalStore } from 'react';

// Shown when a page cannot be rendered (most often: the database is briefly unreachable).
// Plain words, no technical detail; the digest lets an operator find the server log line.
// Error boundaries render in the browser, where the translations are not loaded (a reader's
// page ships no i18n runtime): the two languages' few words are here, chosen by <html lang>.
const WORDS = {
  zh: { title: '暂时无法显示', body: '服务暂时出了问题,请稍后再试;你没有做错什么。', reference: '编号', retry: '重试' },
  en: { title: 'Temporarily unavailable', body: 'Something went wrong on our side; please try again in a moment.', reference: 'Reference', retry: 'Try again' },
} as const;

const pageLanguage = () => (document.documentElement.lang.startsWith('en') ? 'en' : 'zh');
const subscribe = () => () => {};

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const words = WORDS[useSyncExternalStore(subscribe, pageLanguage, () => 'zh' as const)];
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6" role="alert">
      <h1 className="text-2xl font-bold">{words.title}</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-300">{words.body}</p>
      {error.digest && (
        <p className="mt-2 text-xs text-stone-500">
          {words.reference}: {error.digest}
        </p>
      )}
      <button type="button" onClick={reset} className="mt-6 rounded border border-stone-400 px-3 py-1">
        {words.retry}
      </button>
    </div>
  );
}
