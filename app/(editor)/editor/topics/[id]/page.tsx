import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicEditor } from '@/components/editor/topic-editor';
import { requirePageRole } from '@/lib/auth/session';
import { getEditorState } from '@/lib/drafts/editor-queries';

export const metadata: Metadata = { title: '编辑 · Edit topic' };

type Props = { params: Promise<{ id: string }> };

export default async function TopicEditorPage({ params }: Props) {
  await requirePageRole('ANALYST');
  const { id } = await params;
  const state = await getEditorState(id);
  if (!state) notFound();
  // Keyed by version: coming back to a topic after a restore starts from the restored draft.
  return <TopicEditor key={`${id}:${state.version}`} topicId={id} initial={state} />;
}
