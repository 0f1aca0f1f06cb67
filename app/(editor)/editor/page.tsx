import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageRole } from '@/lib/auth/session';
import { listTopicsForDesk } from '@/lib/topics/desk-queries';

export const metadata: Metadata = { title: '编辑台 · Desk' };

const STATUS_LABELS = { DRAFT: '草稿 · Draft', PUBLISHED: '已发布 · Published', ARCHIVED: '已归档 · Archived' } as const;

export default async function DeskPage() {
  await requirePageRole('ANALYST');
  const topics = await listTopicsForDesk();
  return (
    <div className="py-8">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">编辑台 · Desk</h1>
        <Link href="/editor/import" className="rounded border border-stone-300 px-3 py-1 text-sm dark:border-stone-600">
          导入 · Import
        </Link>
      </div>
      <table className="mt-6 w-full text-left text-sm">
        <thead className="border-b border-stone-200 text-stone-500 dark:border-stone-700">
          <tr>
            <th scope="col" className="py-2">主题 · Topic</th>
            <th scope="col">状态 · Status</th>
            <th scope="col">最近发布 · Published</th>
            <th scope="col">最后编辑 · Last editor</th>
            <th scope="col">历史 / 导出 · History / export</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic.id} className="border-b border-stone-100 dark:border-stone-800">
              <td className="py-2">
                {topic.status === 'PUBLISHED' ? (
                  <Link href={`/topics/${topic.slug}`} className="underline underline-offset-2">
                    {topic.titleZh} · {topic.titleEn}
                  </Link>
                ) : (
                  <>
                    {topic.titleZh} · {topic.titleEn}
                  </>
                )}
              </td>
              <td>{STATUS_LABELS[topic.status]}</td>
              <td>{topic.publishedOn ?? '—'}</td>
              <td>{topic.lastEditor ?? '—'}</td>
              <td className="space-x-2">
                <Link href={`/editor/topics/${topic.id}/history`} className="underline underline-offset-2" aria-label={`历史 · History of ${topic.titleEn}`}>
                  历史
                </Link>
                {(['md', 'txt', 'json'] as const).map((format) => (
                  <a key={format} href={`/editor/topics/${topic.id}/export?format=${format}`} download
                    aria-label={`${format} · ${topic.titleEn}`} className="underline underline-offset-2">
                    {format}
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {topics.length === 0 && <p className="mt-6 italic text-stone-500">还没有主题 · No topics yet.</p>}
    </div>
  );
}
