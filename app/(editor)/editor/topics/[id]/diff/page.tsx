import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DiffView, type DiffLayout } from '@/components/revisions/diff-view';
import { requirePageRole } from '@/lib/auth/session';
import { diffDocuments } from '@/lib/revisions/document-diff';
import { getRevisionPair } from '@/lib/revisions/queries';

export const metadata: Metadata = { title: '比较 · Compare' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string; layout?: string }> };

const revisionNumber = (value: string | undefined) => (value && /^\d{1,9}$/.test(value) ? Number(value) : null);

export default async function DiffPage({ params, searchParams }: Props) {
  await requirePageRole('ANALYST');
  const { id } = await params;
  const query = await searchParams;
  const from = revisionNumber(query.from);
  const to = revisionNumber(query.to);
  const layout: DiffLayout = query.layout === 'side' ? 'side' : 'inline';
  if (from === null || to === null) notFound();
  const pair = await getRevisionPair(id, from, to);
  if (!pair) notFound();
  const diff = diffDocuments(pair.from.document, pair.to.document);
  const other = layout === 'inline' ? 'side' : 'inline';
  // A published version is named by its version number, which is how readers and the history know it.
  const side = (revision: typeof pair.from) =>
    `${revision.publishNumber ? `第 ${revision.publishNumber} 版 · v${revision.publishNumber} · ` : ''}#${revision.number} · ${revision.createdAt.slice(0, 16).replace('T', ' ')} UTC`;
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold">
        比较修订 #{from} → #{to} · Compare
      </h1>
      <p className="mt-1 text-stone-600 dark:text-stone-300">
        {pair.topic.titleZh} · {pair.topic.titleEn}
      </p>
      <p className="mt-3 flex gap-4 text-sm">
        <Link href={`/editor/topics/${id}/diff?from=${from}&to=${to}&layout=${other}`} className="underline underline-offset-2">
          {other === 'side' ? '并排显示 · Side by side' : '行内显示 · Inline'}
        </Link>
        <Link href={`/editor/topics/${id}/history`} className="underline underline-offset-2">历史 · History</Link>
      </p>
      <DiffView diff={diff} layout={layout} sides={{ from: side(pair.from), to: side(pair.to) }} />
    </div>
  );
}
