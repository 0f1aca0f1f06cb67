import type { Metadata } from 'next';
import { SpeakerForm } from '@/components/speakers/speaker-form';
import { requirePageRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: '新讲者 · New speaker' };

export default async function NewSpeakerPage() {
  await requirePageRole('ANALYST');
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold">新讲者 · New speaker</h1>
      <SpeakerForm initial={{ name: '', aliases: '', bio: '', links: '', affiliations: [] }} />
    </div>
  );
}
