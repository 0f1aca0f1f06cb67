import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { TopicDocument } from '@/lib/topics/document';
import { LightMarkdown } from '@/components/ui/light-markdown';
import { EmptyNote, Section } from './section';

/**
 * The page's changelog; a line written at a publish links to that version of the page (not
 * prefetched: the changelog is in sight on load, and few readers open an old version).
 */
export function ChangelogSection({ changelog, slug }: { changelog: TopicDocument['changelog']; slug: string }) {
  const t = useTranslations('Topic');
  return (
    <Section id="changelog" title={t('changelog')}>
      {changelog.length === 0 ? (
        <EmptyNote>{t('noChanges')}</EmptyNote>
      ) : (
        <ul className="mt-4 space-y-1">
          {changelog.map((entry) => (
            <li key={entry.id} className="flex gap-3">
              <time dateTime={entry.date} className="shrink-0 tabular-nums text-stone-500 dark:text-stone-400">
                {entry.date}
              </time>
              <span>
                <LightMarkdown source={entry.text} />
                {entry.publishNumber ? (
                  <>
                    {' '}
                    <Link href={`/topics/${slug}/v/${entry.publishNumber}`} prefetch={false} className="text-sm text-stone-500 underline underline-offset-2 dark:text-stone-400">
                      {t('version', { number: entry.publishNumber })}
                    </Link>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
