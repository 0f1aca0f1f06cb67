import { useTranslations } from 'next-intl';
import type { InterviewRef, SpeakerRef, TopicRef } from '@/lib/topics/document';

export function speakerLabel(speaker: SpeakerRef): string {
  return speaker.affiliation ? `${speaker.name} (${speaker.affiliation})` : speaker.name;
}

export function interviewLabel(interview: InterviewRef): string {
  return interview.episodeTitle ? `${interview.show} · ${interview.episodeTitle}` : interview.show;
}

/**
 * `Martin Casado / Sarah Wang (a16z) · Episode` under a quote. Speakers sharing one
 * affiliation are grouped as the page writes them; a sister-topic reference replaces the episode.
 */
export function Attribution({
  speakers,
  interview,
  seeAlso,
}: {
  speakers: SpeakerRef[];
  interview: InterviewRef | null;
  seeAlso?: TopicRef | null;
}) {
  const sharedAffiliation =
    speakers.length > 1 && speakers.every((s) => s.affiliation === speakers[0]!.affiliation)
      ? speakers[0]!.affiliation
      : undefined;
  const t = useTranslations('Topic');
  if (speakers.length === 0 && !interview && !seeAlso) return null;
  // Each name links to the speaker's page and the episode to the interview's page, so a
  // reader can follow a person or a source across the site.
  const name = (speaker: SpeakerRef, withAffiliation: boolean) => (
    <a href={`/speakers/${speaker.slug}`} className="underline decoration-stone-300 underline-offset-2 hover:decoration-current dark:decoration-stone-600">
      {withAffiliation ? speakerLabel(speaker) : speaker.name}
    </a>
  );
  return (
    <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
      {speakers.length === 0 ? (
        <span className="italic">{t('unattributed')}</span>
      ) : (
        speakers.map((speaker, index) => (
          <span key={speaker.id}>
            {index > 0 && ' / '}
            {name(speaker, sharedAffiliation === undefined)}
          </span>
        ))
      )}
      {sharedAffiliation ? ` (${sharedAffiliation})` : null}
      {interview && (
        <>
          {' · '}
          <a href={`/interviews/${interview.id}`} className="underline decoration-stone-300 underline-offset-2 hover:decoration-current dark:decoration-stone-600">
            {interviewLabel(interview)}
          </a>
        </>
      )}
      {seeAlso && (
        <>
          {` · ${t('seeSister')} `}
          <a href={`/topics/${seeAlso.slug}`} className="underline underline-offset-2">
            {seeAlso.slug}
          </a>
        </>
      )}
    </p>
  );
}

/** Two attributions read the same: consecutive quotes then share one line, as the seed writes them. */
export function sameAttribution(
  a: { speakers: SpeakerRef[]; interview: InterviewRef | null },
  b: { speakers: SpeakerRef[]; interview: InterviewRef | null },
): boolean {
  return (
    a.speakers.map((s) => s.id).join() === b.speakers.map((s) => s.id).join() &&
    (a.interview?.id ?? null) === (b.interview?.id ?? null)
  );
}
