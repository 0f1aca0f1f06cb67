import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicEditor } from '@/components/editor/topic-editor';
import { requirePageRole } from '@/lib/auth/session';
import { getEditorState } from '@/lib/drafts/editor-queries';
import { topicQuotes } from '@/lib/provenance/topic-quotes';
import { interviewIdsWithTranscripts } from '@/lib/transcripts/queries';

export const metadata: Metadata = { title: '编辑 · Edit topic' };

type Props = { params: Promise<{ id: string }> };

export default async function TopicEditorPage({ params }: Props) {
  await requirePageRole('ANALYST');
  const { id } = await params;
  const state = await getEditorState(id);
  if (!state) notFound();
  const transcriptInterviews = await interviewIdsWithTranscripts(topicQuotes(state.document).flatMap(({ quote }) => (quote.interview ? [quote.interview.id] : [])));
  // Later renders of this page (after an action revalidates) pass new props; the editor keeps
  // its own draft and ignores them, so nothing typed meanwhile is replaced.
  return <TopicEditor topicId={id} initial={state} transcriptInterviews={transcriptInterviews} />;
}
