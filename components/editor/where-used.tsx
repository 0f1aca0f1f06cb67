import Link from 'next/link';
import type { WhereUsed } from '@/lib/speakers/queries';

/** Every topic, camp and consensus point that relies on a source, published ones marked. */
export function WhereUsedList({ uses }: { uses: WhereUsed[] }) {
  const published = uses.filter((use) => use.published);
  return (
    <section aria-labelledby="where-used" className="mt-8">
      <h2 id="where-used" className="text-lg font-semibold">用在哪里 · Where it is used</h2>
      {uses.length === 0 ? (
        <p className="mt-1 text-sm italic text-stone-500">没有主题引用 · No topic refers to it.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {uses.map((use) => (
            <li key={use.topicId}>
              <Link href={`/editor/topics/${use.topicId}`} className="underline underline-offset-2">
                {use.titleZh} · {use.titleEn}
              </Link>
              {use.published && <span className="ml-1 rounded bg-emerald-100 px-1 text-xs text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">已发布 · published</span>}
              <span className="ml-2 text-stone-500">{use.places.join(';')}</span>
            </li>
          ))}
        </ul>
      )}
      {published.length > 0 && (
        <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          修改会进入这些主题的草稿;已发布的 {published.length} 个页面({published.map((u) => u.titleZh).join('、')})在下次发布时更新。 · Edits go into these topics&apos; drafts; the {published.length} published pages change at their next publish.
        </p>
      )}
    </section>
  );
}
