import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { RestoreButton } from '@/components/revisions/restore-button';
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
          {/* The radios belong to the compare form by id: restore buttons are forms of their own. */}
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-200 text-stone-500 dark:border-stone-700">
              <tr>
                <th scope="col" className="py-2">从 · From</th>
                <th scope="col">到 · To</th>
                <th scope="col">修订 · Revision</th>
                <th scope="col">时间 (UTC) · When</th>
                <th scope="col">作者 · Author</th>
                <th scope="col">说明 · Message</th>
                <th scope="col">发布 · Published</th>
                {canRestore && <th scope="col">恢复 · Restore</th>}
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision, index) => (
                <tr key={revision.number} className="border-b border-stone-100 dark:border-stone-800">
                  <td className="py-1">
                    <input type="radio" form="compare" name="from" value={revision.number} defaultChecked={index === 1 || revisions.length === 1}
                      aria-label={`从修订 ${revision.number} · from revision ${revision.number}`} />
                  </td>
                  <td>
                    <input type="radio" form="compare" name="to" value={revision.number} defaultChecked={index === 0}
                      aria-label={`到修订 ${revision.number} · to revision ${revision.number}`} />
                  </td>
                  <td>#{revision.number}</td>
                  <td className="tabular-nums">{revision.createdAt.slice(0, 16).replace('T', ' ')}</td>
                  <td>{revision.author ?? '—'}</td>
                  <td>{revision.message}</td>
                  <td>
                    {revision.publishNumber ? (
                      <Link href={`/topics/${topic.slug}/v/${revision.publishNumber}`} className="underline underline-offset-2">
                        第 {revision.publishNumber} 版{revision.isLive ? ' · 当前 live' : ''}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  {canRestore && (
                    <td>
                      <RestoreButton topicId={topic.id} number={revision.number} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
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
