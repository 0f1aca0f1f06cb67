import { RecordLinks } from '@/components/ui/record-links';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WhereUsedList } from '@/components/editor/where-used';
import { MergeSpeakerForm } from '@/components/speakers/merge-speaker-form';
import { SpeakerForm } from '@/components/speakers/speaker-form';
import { TrashButton } from '@/components/trash/trash-button';
import { hasRole } from '@/lib/auth/roles';
import { requirePageRole } from '@/lib/auth/session';
import { getSpeakerForEdit } from '@/lib/speakers/queries';
import { trashSpeakerAction } from '../actions';

export const metadata: Metadata = { title: '讲者 · Speaker' };

type Props = { params: Promise<{ id: string }> };

export default async function EditSpeakerPage({ params }: Props) {
  const user = await requirePageRole('ANALYST');
  const speaker = await getSpeakerForEdit((await params).id);
  if (!speaker) notFound();
  return (
    <div className="py-8">
      <RecordLinks backHref="/editor/speakers" backLabel="讲者 · Speakers" publicHref={`/speakers/${speaker.slug}`} />
      <h1 className="mt-2 text-2xl font-bold">{speaker.values.name}</h1>
      {speaker.mergedIntoId && <p className="text-sm text-amber-700 dark:text-amber-400">已被合并 · This record was merged into another speaker.</p>}
      <SpeakerForm id={speaker.id} initial={speaker.values} />
      <WhereUsedList uses={speaker.whereUsed} />
      {hasRole(user.role, 'ADMIN') && !speaker.mergedIntoId && (
        <section aria-labelledby="merge" className="mt-8">
          <h2 id="merge" className="text-lg font-semibold">合并重复的讲者 · Merge a duplicate</h2>
          <MergeSpeakerForm survivorId={speaker.id} survivorName={speaker.values.name} />
        </section>
      )}
      <TrashButton id={speaker.id} label={speaker.values.name} action={trashSpeakerAction} />
    </div>
  );
}
