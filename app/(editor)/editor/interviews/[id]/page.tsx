import { RecordLinks } from '@/components/ui/record-links';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InterviewForm } from '@/components/interviews/interview-form';
import { WhereUsedList } from '@/components/editor/where-used';
import { TrashButton } from '@/components/trash/trash-button';
import { InterviewTranscripts } from '@/components/transcripts/interview-transcripts';
import { requirePageRole } from '@/lib/auth/session';
import { getInterviewForEdit } from '@/lib/interviews/queries';
import { interviewTranscriptPanel } from '@/lib/transcripts/queries';
import { trashInterviewAction } from '../actions';

export const metadata: Metadata = { title: '访谈 · Interview' };

type Props = { params: Promise<{ id: string }> };

export default async function EditInterviewPage({ params }: Props) {
  await requirePageRole('ANALYST');
  const interview = await getInterviewForEdit((await params).id);
  if (!interview) notFound();
  const transcripts = await interviewTranscriptPanel(interview.id);
  return (
    <div className="py-8">
      <RecordLinks backHref="/editor/interviews" backLabel="访谈 · Interviews" publicHref={`/interviews/${interview.id}`} />
      <h1 className="mt-2 text-2xl font-bold">{interview.values.show} · {interview.values.episodeTitle}</h1>
      <InterviewForm id={interview.id} initial={interview.values} />
      <InterviewTranscripts interviewId={interview.id} spokenLanguage={interview.values.spokenLanguage} {...transcripts} />
      <WhereUsedList uses={interview.whereUsed} />
      <TrashButton id={interview.id} label={interview.values.show} action={trashInterviewAction} />
    </div>
  );
}
