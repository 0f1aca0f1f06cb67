import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { HistoryTable } from '@/components/revisions/history-table';
import { PublishedVersions } from '@/components/revisions/published-versions';
import { hasRole } from '@/lib/auth/roles';
import { requirePageRole } from '@/lib/auth/session';
import { getTopicHistory } from '@/lib/revisions/queries';
import { queryText } from '@/lib/text/query-param';

export const metadata: Metadata = { title: '历史 · History' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const filterSchema = z.object({
  published: z.literal('1').optional().catch(undefined),
  author: queryText().transform((value) => value || undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export default async function HistoryPage({ params, searchParams }: Props) {
  const user = await requirePageRole('ANALYST');
  const canRestore = hasRole(user.role, 'ADMIN');
  const { id } = await params;
  const filter = filterSchema.parse(await searchParams);
  const publishedOnly = filter.published === '1';
  const history = await getTopicHistory(id, { publishedOnly, author: filter.author || undefined, page: filter.page });
  if (!history) notFound();
  const { topic, revisions } = history;
  const pageLink = (page: number) => {
    const query = new URLSearchParams({ ...(publishedOnly ? { published: '1' } : {}), ...(filter.author ? { author: filter.author } : {}), page: String(page) });
    return `/editor/topics/${topic.id}/history?${query}` as Route;
  };
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold">历史 · History</h1>
      <p className="mt-1 text-stone-600 dark:text-stone-300">
        {topic.titleZh} · {topic.titleEn}
      </p>
      <PublishedVersions topicId={topic.id} slug={topic.slug} versions={history.published} />
      <h2 className="mt-6 text-lg font-semibold">全部修订 · All revisions</h2>
      <form method="get" className="mt-3 flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col">
          作者 · Author
          <select name="author" defaultValue={filter.author ?? ''} className="mt-1 rounded border border-stone-300 bg-transparent px-2 py-1 dark:border-stone-600">
            <option value="">全部 · Everyone</option>
            {history.authors.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" name="published" value="1" defaultChecked={publishedOnly} /> 只看发布 · Published only
        </label>
        <button type="submit" className="rounded border border-stone-400 px-3 py-1">
          筛选 · Filter
        </button>
        <span className="text-stone-500">
          共 {history.total} 个修订 · {history.total} revisions
        </span>
      </form>
      {revisions.length === 0 ? (
        <p className="mt-6 italic text-stone-500">还没有修订 · No revisions yet.</p>
      ) : (
        <div className="mt-4">
          <HistoryTable topic={topic} revisions={revisions} lastPublished={history.published[0]?.number ?? null} canRestore={canRestore} />
          {history.pageCount > 1 && (
            <nav aria-label="分页 · Pages" className="mt-3 flex gap-3 text-sm">
              {history.page > 1 && <Link href={pageLink(history.page - 1)} className="underline underline-offset-2">← 较新 · Newer</Link>}
              <span>
                第 {history.page} / {history.pageCount} 页 · Page {history.page} of {history.pageCount}
              </span>
              {history.page < history.pageCount && <Link href={pageLink(history.page + 1)} className="underline underline-offset-2">较早 · Older →</Link>}
            </nav>
          )}
          <form id="compare" method="get" action={`/editor/topics/${topic.id}/diff`}>
            <button type="submit" className="mt-4 rounded border border-stone-300 px-3 py-1 dark:border-stone-600">
              比较 · Compare
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
