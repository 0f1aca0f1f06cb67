import { useFormatter, useTranslations } from 'next-intl';
import type { TopicDocument } from '@/lib/topics/document';
import { pageSources } from '@/lib/topics/page-sources';

export function TopicHeader({
  document,
  updatedOn,
  isDraft,
}: {
  document: TopicDocument;
  updatedOn: string | null;
  isDraft?: boolean;
}) {
  const t = useTranslations('Topic');
  const format = useFormatter();
  return (
    <header>
      <p className="text-sm uppercase tracking-wide text-stone-500 dark:text-stone-400">{t('kicker')}</p>
      <h1 className="mt-2 text-3xl font-bold leading-tight sm:text-4xl">
        <span lang="zh">{document.titleZh}</span>
        <span className="text-stone-500" aria-hidden="true"> · </span>
        <span lang="en">{document.titleEn}</span>
      </h1>
      <p className="mt-3 text-sm text-stone-600 dark:text-stone-300" data-testid="topic-meta">
        {t('living')}
        {isDraft ? (
          <> · {t('draftPreview')}</>
        ) : (
          updatedOn && (
            <>
              {' · '}
              {t.rich('updated', {
                date: format.dateTime(new Date(updatedOn), { dateStyle: 'long' }),
                time: (chunks) => <time dateTime={updatedOn}>{chunks}</time>,
              })}
            </>
          )
        )}
        {' · '}
        {t('interviews', { count: pageSources(document).length })}
      </p>
    </header>
  );
}
