import type { Route } from 'next';
import Link from 'next/link';

/** A library list's title with its "new" button. */
export function ListPageHeader({ title, newHref, newLabel }: { title: string; newHref: Route; newLabel: string }) {
  return (
    <div className="flex items-center gap-2">
      <h1 className="mr-auto text-2xl font-bold">{title}</h1>
      <Link href={newHref} className="rounded bg-stone-800 px-3 py-1 text-sm text-white dark:bg-stone-200 dark:text-stone-900">
        {newLabel}
      </Link>
    </div>
  );
}
