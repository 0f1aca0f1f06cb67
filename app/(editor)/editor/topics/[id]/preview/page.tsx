import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TopicArticle } from '@/components/topic/topic-article';
import { requirePageRole } from '@/lib/auth/session';
import { getDraftForPreview } from '@/lib/drafts/editor-queries';

export const metadata: Metadata = { title: '预览 · Preview', robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

/** The draft through the very components of the public page; never cached, never public. */
export default async function PreviewPage({ params }: Props) {
  await requirePageRole('ANALYST');
  const { id } = await params;
  const draft = await getDraftForPreview(id);
  if (!draft) notFound();
  return (
    <>
      <p className="mt-4 rounded bg-amber-100 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
        预览:这是当前草稿,读者还看不到 · Preview: this is the current draft; readers do not see it yet.{' '}
        <Link href={`/editor/topics/${id}`} className="underline underline-offset-2">
          回到编辑 · Back to the editor
        </Link>
      </p>
      <TopicArticle document={draft.document} updatedOn={draft.updatedAt.toISOString().slice(0, 10)} isDraft />
    </>
  );
}
