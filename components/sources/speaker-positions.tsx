import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { SpeakerTopicPositions } from '@/lib/published/position-reads';
import { usePositionChangeText } from './position-change-text';

/**
 * A speaker page's "positions over time": per live topic, the versions where the speaker joined,
 * left or moved between the consensus and the camps, each linking to that version's page.
 */
export function SpeakerPositions({ topics }: { topics: SpeakerTopicPositions[] }) {
  const t = useTranslations('Positions');
  const text = usePositionChangeText();
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby="positions" className="mt-8">
      <h2 id="positions" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">{t('intro')}</p>
      <ul className="mt-3 space-y-4" data-positions="">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <h3 className="font-semibold">
              <Link href={`/topics/${topic.slug}`} prefetch={false} className="underline underline-offset-2">
                {topic.titleZh} · {topic.titleEn}
              </Link>
            </h3>
            <ol className="mt-1 space-y-1 text-sm" aria-label={t('topicSteps', { title: topic.titleZh })} data-position-steps={topic.slug}>
              {topic.steps.map((step) => (
                <li key={`${step.publishNumber}-${step.change.kind}`}>
                  <Link href={`/topics/${topic.slug}/v/${step.publishNumber}`} prefetch={false} className="underline underline-offset-2">
                    {t('version', { number: step.publishNumber })}
                  </Link>{' '}
                  · <time dateTime={step.publishedOn}>{step.publishedOn}</time> · <span data-position-change="">{text(step.change)}</span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
