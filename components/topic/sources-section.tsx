import { useTranslations } from 'next-intl';
import type { TopicDocument } from '@/lib/topics/document';
import { EmptyNote, Section } from './section';

export function SourcesSection({ sources, sisterTopics }: Pick<TopicDocument, 'sources' | 'sisterTopics'>) {
  const t = useTranslations('Topic');
  return (
    <Section id="sources" title={t('sources')}>
      {sources.length === 0 ? (
        <EmptyNote>{t('noInterviews')}</EmptyNote>
      ) : (
        <ol className="mt-4 list-decimal space-y-1 pl-6">
          {sources.map((interview) => (
            <li key={interview.id}>
              <a href={`/interviews/${interview.id}`} className="underline underline-offset-2">
                {interview.show}
                {interview.episodeNumber && <> #{interview.episodeNumber}</>}
                {interview.episodeTitle && <> · {interview.episodeTitle}</>}
              </a>
              {interview.publishedOn && (
                <>
                  {' · '}
                  <time dateTime={interview.publishedOn}>{interview.publishedOn}</time>
                </>
              )}
              {interview.url && (
                <>
                  {' · '}
                  <a href={interview.url} rel="noopener noreferrer nofollow" className="text-sm text-stone-500 underline underline-offset-2 dark:text-stone-400">
                    {t('originalLink')}
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {sisterTopics.length > 0 && (
        <p className="mt-6 text-sm">
          {t('sisterTopics')}
          {sisterTopics.map((topic, index) => (
            <span key={topic.id}>
              {index > 0 && '、'}
              <a href={`/topics/${topic.slug}`} className="underline underline-offset-2">
                {topic.titleZh} · {topic.titleEn}
              </a>
            </span>
          ))}
        </p>
      )}
    </Section>
  );
}
