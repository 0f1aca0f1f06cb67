import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import type { PublishedHistory } from '@/lib/published/topic-reads';
import type { VersionChanges } from '@/lib/published/version-changes';
import { CONFIDENCE_LABELS } from '@/lib/topics/confidence';
import { usePositionChangeText } from '@/components/sources/position-change-text';
import { ConfidenceChart } from './confidence-chart';

/** What a version changed, as phrases in the reader's language. */
function useChangePhrases() {
  const t = useTranslations('History');
  const language = useLocale() === 'en' ? 'en' : 'zh';
  const separator = language === 'en' ? ', ' : '、';
  return (changes: VersionChanges): string[] => {
    if (changes.first) return [t('first')];
    if (changes.wordingOnly) return [t('wordingOnly')];
    const phrases: string[] = [];
    if (changes.campsAdded.length) phrases.push(t('campsAdded', { labels: changes.campsAdded.join(separator), count: changes.campsAdded.length }));
    if (changes.campsRemoved.length) phrases.push(t('campsRemoved', { labels: changes.campsRemoved.join(separator), count: changes.campsRemoved.length }));
    const counted = ['pointsAdded', 'pointsRemoved', 'quotesAdded', 'quotesRemoved', 'paraphrasesAdded', 'paraphrasesRemoved', 'notesAdded', 'notesRemoved', 'sourcesAdded', 'sourcesRemoved', 'questionsAdded', 'blindSpotsAdded'] as const;
    for (const key of counted) if (changes[key] > 0) phrases.push(t(key, { count: changes[key] }));
    const { confidence } = changes;
    if (confidence?.from && confidence.to) phrases.push(t('confidenceMoved', { from: CONFIDENCE_LABELS[confidence.from][language], to: CONFIDENCE_LABELS[confidence.to][language] }));
    else if (confidence?.to) phrases.push(t('confidenceGiven', { to: CONFIDENCE_LABELS[confidence.to][language] }));
    else if (confidence) phrases.push(t('confidenceWithdrawn'));
    return phrases;
  };
}

/** /topics/<slug>/history: every published version, newest first, and the confidence chart. */
export function VersionHistory({ history }: { history: PublishedHistory }) {
  const t = useTranslations('History');
  const language = useLocale() === 'en' ? 'en' : 'zh';
  const phrases = useChangePhrases();
  const tp = useTranslations('Positions');
  const positionText = usePositionChangeText();
  const { slug } = history;
  const newestFirst = [...history.versions].reverse();
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="text-sm">
        <Link href={`/topics/${slug}`} className="underline underline-offset-2">
          ← {t('back')}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold leading-tight">
        {history.titleZh} <span className="font-normal text-stone-500 dark:text-stone-400">· {history.titleEn}</span>
      </h1>
      <p className="mt-1 text-lg">{t('title')}</p>
      <p className="mt-4 text-stone-700 dark:text-stone-300">{t('intro')}</p>

      <section aria-labelledby="history-chart-title" className="mt-8">
        <h2 id="history-chart-title" className="text-xl font-semibold">
          {t('chartTitle')}
        </h2>
        <ConfidenceChart slug={slug} steps={history.versions} idPrefix="history" />
      </section>

      <section aria-labelledby="history-versions-title" className="mt-10">
        <h2 id="history-versions-title" className="text-xl font-semibold">
          {t('allVersions')}
        </h2>
        <ol className="mt-4 space-y-4" data-history-list="">
          {newestFirst.map((version) => (
            <li key={version.publishNumber} className="border-l-2 border-stone-300 pl-4 dark:border-stone-700">
              <p>
                <Link href={`/topics/${slug}/v/${version.publishNumber}`} prefetch={false} className="font-semibold underline underline-offset-2">
                  {t('versionLink', { number: version.publishNumber })}
                </Link>{' '}
                · <time dateTime={version.publishedOn}>{version.publishedOn}</time> · {t('confidence')}:{' '}
                <span data-confidence="">{version.confidence ? CONFIDENCE_LABELS[version.confidence][language] : t('none')}</span>
              </p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="text-stone-500 dark:text-stone-400">{t('changelogLine')}</dt>
                <dd>{version.changelogLine ?? t('none')}</dd>
                <dt className="text-stone-500 dark:text-stone-400">{t('changes')}</dt>
                <dd>{phrases(version.changes).join(language === 'en' ? '; ' : ';')}</dd>
                {version.speakerChanges.length > 0 && (
                  <>
                    <dt className="text-stone-500 dark:text-stone-400">{tp('historyLabel')}</dt>
                    <dd>
                      <ul aria-label={tp('historyChanges', { number: version.publishNumber })} data-speaker-changes="">
                        {version.speakerChanges.map((change) => (
                          <li key={change.speakerId}>
                            {change.speakerSlug ? (
                              <Link href={`/speakers/${change.speakerSlug}`} prefetch={false} className="underline underline-offset-2">
                                {change.speakerName}
                              </Link>
                            ) : (
                              change.speakerName
                            )}{' '}
                            <span data-position-change="">{positionText(change)}</span>
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
