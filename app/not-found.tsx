import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <h1 className="text-2xl font-bold">找不到这个页面 · Page not found</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-300">
        它可能从未发布,或已被撤下。 · It may never have been published, or it was taken down.
      </p>
      <Link href="/" className="mt-6 inline-block underline underline-offset-2">
        返回主题列表 · Back to all topics
      </Link>
    </div>
  );
}
