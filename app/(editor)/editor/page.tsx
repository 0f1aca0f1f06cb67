import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageRole } from '@/lib/auth/session';
import { deskFilterSchema, listTopicsForDesk, trashedTopic, type DeskStatus } from '@/lib/topics/desk-queries';

export const metadata: Metadata = { title: '编辑台 · Desk' };

const STATUS_LABELS: Record<DeskStatus, string> = {
  draft: '草稿 · Draft',
  published: '已发布 · Published',
  changed: '已发布,有未发布修改 · Published, with unpublished changes',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeskPage({ searchParams }: Props) {
  await requirePageRole('ANALYST');
  const params = await searchParams;
  const filter = deskFilterSchema.parse(params);
  const [topics, trashed] = await Promise.all([listTopicsForDesk(filter), params.trashed ? trashedTopic(params.trashed) : null]);
  const filtered = Boolean(filter.q || filter.status);
  return (
    <div className="py-8">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="mr-auto text-2xl font-bold">编辑台 · Desk</h1>
        <Link href="/editor/new" className="rounded bg-stone-800 px-3 py-1 text-sm text-white dark:bg-stone-200 dark:text-stone-900">
          新主题 · New topic
        </Link>
        <Link href="/editor/import" className="rounded border border-stone-300 px-3 py-1 text-sm dark:border-stone-600">
          导入 · Import
        </Link>
      </div>
      {trashed && (
        <p role="status" className="mt-3 rounded border border-green-700 px-3 py-2 text-sm">
          已移到回收站:{trashed.titleZh}({trashed.slug})。管理员可以从回收站恢复。 · Moved “{trashed.titleEn}” ({trashed.slug}) to the trash; an admin can restore it.
        </p>
      )}
      <form role="search" aria-label="筛选主题 · Filter topics" className="mt-4 flex flex-wrap items-end gap-2 text-sm" action="/editor">
        <label className="flex flex-col">
          搜索 · Search
          <input type="search" name="q" defaultValue={filter.q} className="mt-1 rounded border border-stone-300 bg-transparent px-2 py-1 dark:border-stone-600" />
        </label>
        <label className="flex min-w-0 max-w-full flex-col">
          状态 · Status
          <select name="status" defaultValue={filter.status ?? ''} className="mt-1 max-w-full rounded border border-stone-300 bg-transparent px-2 py-1 dark:border-stone-600">
            <option value="">全部 · All</option>
            {(Object.keys(STATUS_LABELS) as DeskStatus[]).map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-stone-400 px-3 py-1">
          筛选 · Filter
        </button>
        {filtered && (
          <Link href="/editor" className="underline underline-offset-2">
            清除 · Clear
          </Link>
        )}
      </form>
      <table className="mt-6 w-full text-left text-sm">
        <thead className="border-b border-stone-200 text-stone-500 dark:border-stone-700">
          <tr>
            <th scope="col" className="py-2">主题 · Topic</th>
            <th scope="col">状态 · Status</th>
            <th scope="col" className="max-sm:hidden">最后修改 · Last change</th>
            <th scope="col" className="max-sm:hidden">最后编辑 · Last editor</th>
            <th scope="col">更多 · More</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic.id} className="border-b border-stone-100 dark:border-stone-800">
              <td className="py-2">
                <Link href={`/editor/topics/${topic.id}`} className="font-medium underline underline-offset-2">
                  {topic.titleZh} · {topic.titleEn}
                </Link>
                {/* Two topics may share a title: the address tells them apart. */}
                <span className="block break-all font-mono text-xs text-stone-500 dark:text-stone-400">{topic.slug}</span>
                {/* A phone has no room for the two columns: they are read here instead. */}
                <span className="block text-xs text-stone-500 sm:hidden dark:text-stone-400">
                  <time dateTime={topic.updatedAt}>{topic.updatedAt.slice(0, 16).replace('T', ' ')}</time> · {topic.lastEditor ?? '—'}
                </span>
              </td>
              <td>{STATUS_LABELS[topic.status]}</td>
              <td className="max-sm:hidden">
                <time dateTime={topic.updatedAt}>{topic.updatedAt.slice(0, 16).replace('T', ' ')}</time>
              </td>
              <td className="max-sm:hidden">{topic.lastEditor ?? '—'}</td>
              <td className="space-x-2 max-sm:space-x-0 max-sm:[&>*]:mr-2 max-sm:[&>*]:inline-block">
                {topic.status !== 'draft' && (
                  <Link href={`/topics/${topic.slug}`} className="underline underline-offset-2" aria-label={`公开页面 · Public page of ${topic.titleEn}`}>
                    公开
                  </Link>
                )}
                <Link href={`/editor/topics/${topic.id}/history`} className="underline underline-offset-2" aria-label={`历史 · History of ${topic.titleEn}`}>
                  历史
                </Link>
                {(['md', 'txt', 'json'] as const).map((format) => (
                  <a key={format} href={`/editor/topics/${topic.id}/export?format=${format}`} download aria-label={`${format} · ${topic.titleEn}`} className="underline underline-offset-2">
                    {format}
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {topics.length === 0 && <p className="mt-6 italic text-stone-500">{filtered ? '没有符合条件的主题 · No topics match.' : '还没有主题 · No topics yet.'}</p>}
    </div>
  );
}
