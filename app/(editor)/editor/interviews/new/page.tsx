import type { Metadata } from 'next';
import { InterviewForm } from '@/components/interviews/interview-form';
import { requirePageRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: '新访谈 · New interview' };

export default async function NewInterviewPage() {
  await requirePageRole('ANALYST');
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold">新访谈 · New interview</h1>
      <InterviewForm initial={{ show: '', episodeTitle: '', episodeNumber: '', publishedOn: '', url: '', spokenLanguage: 'en', transcriptLanguage: '', transcriptNotes: '', notes: '' }} />
    </div>
  );
}
