import { useTranslations } from 'next-intl';
import { evidenceCoverage } from '@/lib/evidence/coverage';
import type { TopicDocument } from '@/lib/topics/document';
import { CampMap } from './camp-map';
import { CampsSection } from './camps-section';
import { ChangelogSection } from './changelog-section';
import { ConfidenceChart, type ConfidenceStep } from './confidence-chart';
import { ConsensusSection } from './consensus-section';
import { EvidenceSummary } from './evidence-strip';
import { ListSection } from './list-section';
import { QUOTE_MODE_BOOT, QuoteLanguageToggle } from './quote-language-toggle';
import { TableOfContents } from './table-of-contents';
import { SourcesSection } from './sources-section';
import { TopicHeader } from './topic-header';
import { ViewSection } from './view-section';
import { pageSources } from '@/lib/topics/page-sources';

/**
 * The whole topic page, in the order of the anatomy. Fed a topic document, it renders the
 * public page and the editor's preview alike.
 */
export function TopicArticle({
  document,
  updatedOn,
  isDraft = false,
  confidenceSteps,
}: {
  document: TopicDocument;
  updatedOn: string | null;
  isDraft?: boolean;
  /** The published page only: the confidence of every published version, charted beside the view. */
  confidenceSteps?: ConfidenceStep[];
}) {
  const t = useTranslations('Topic');
  // Counts only (no dated warnings), so the page renders the same whatever day it is cached.
  const evidence = evidenceCoverage(document);
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <TopicHeader document={document} updatedOn={updatedOn} isDraft={isDraft} />
      <QuoteLanguageToggle
        labels={{ legend: t('quoteLanguage'), prompt: t('quotes'), both: t('quoteBoth'), original: t('quoteOriginal'), translation: t('quoteTranslation') }}
      />
      <TableOfContents document={document} />
      <EvidenceSummary coverage={evidence} />
      <ChangelogSection changelog={document.changelog} slug={document.slug} />
      {/* Applies the reader's stored quote-language choice before the quotes are painted: just
          before the first section that can hold one, not at the top. An inline script makes the
          parser wait for the stylesheet, so what comes after it is painted a frame later; the
          title and the contents above it now come in the first frame (on a cold load Lighthouse
          saw the title painted after the script, its largest contentful paint). */}
      <script dangerouslySetInnerHTML={{ __html: QUOTE_MODE_BOOT }} />
      <ConsensusSection points={document.consensus} />
      <CampsSection camps={document.camps} map={<CampMap document={document} />} evidence={evidence.camps} />
      <ListSection
        id="blind-spots"
        title={t('blindSpots')}
        items={document.blindSpots}
        empty={t('nothingListed')}
      />
      <ViewSection
        view={document.view}
        history={confidenceSteps && confidenceSteps.length > 0 ? <ConfidenceChart slug={document.slug} steps={confidenceSteps} /> : undefined}
        historySlug={confidenceSteps ? document.slug : undefined}
      />
      <ListSection
        id="open-questions"
        title={t('openQuestions')}
        items={document.openQuestions}
        empty={t('nothingListed')}
      />
      <SourcesSection sources={pageSources(document)} sisterTopics={document.sisterTopics} />
    </article>
  );
}
