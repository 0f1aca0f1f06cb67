import { useTranslations } from 'next-intl';
import type { TopicDocument } from '@/lib/topics/document';
import { CampMap } from './camp-map';
import { CampsSection } from './camps-section';
import { ChangelogSection } from './changelog-section';
import { ConsensusSection } from './consensus-section';
import { ListSection } from './list-section';
import { QUOTE_MODE_BOOT, QuoteLanguageToggle } from './quote-language-toggle';
import { TableOfContents } from './table-of-contents';
import { SourcesSection } from './sources-section';
import { TopicHeader } from './topic-header';
import { ViewSection } from './view-section';

/**
 * The whole topic page, in the order of the anatomy. Fed a topic document, it renders the
 * public page and the editor's preview alike.
 */
export function TopicArticle({
  document,
  updatedOn,
  isDraft = false,
}: {
  document: TopicDocument;
  updatedOn: string | null;
  isDraft?: boolean;
}) {
  const t = useTranslations('Topic');
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <TopicHeader document={document} updatedOn={updatedOn} isDraft={isDraft} />
      <QuoteLanguageToggle
        labels={{ legend: t('quoteLanguage'), prompt: t('quotes'), both: t('quoteBoth'), original: t('quoteOriginal'), translation: t('quoteTranslation') }}
      />
      <TableOfContents document={document} />
      <ChangelogSection changelog={document.changelog} slug={document.slug} />
      {/* Applies the reader's stored quote-language choice before the quotes are painted: just
          before the first section that can hold one, not at the top. An inline script makes the
          parser wait for the stylesheet, so what comes after it is painted a frame later; the
          title and the contents above it now come in the first frame (on a cold load Lighthouse
          saw the title painted after the script, its largest contentful paint). */}
      <script dangerouslySetInnerHTML={{ __html: QUOTE_MODE_BOOT }} />
      <ConsensusSection points={document.consensus} />
      <CampsSection camps={document.camps} map={<CampMap document={document} />} />
      <ListSection
        id="blind-spots"
        title={t('blindSpots')}
        items={document.blindSpots}
        empty={t('nothingListed')}
      />
      <ViewSection view={document.view} />
      <ListSection
        id="open-questions"
        title={t('openQuestions')}
        items={document.openQuestions}
        empty={t('nothingListed')}
      />
      <SourcesSection sources={document.sources} sisterTopics={document.sisterTopics} />
    </article>
  );
}
