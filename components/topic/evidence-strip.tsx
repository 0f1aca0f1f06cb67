import { useTranslations } from 'next-intl';
import type { PageCoverage, SectionCoverage } from '@/lib/evidence/coverage';

// For readers: what a camp rests on, in one line under its heading, and the page's totals near
// the table of contents (lib/evidence/coverage.ts counts them from the published document).
// Plain text, so a screen reader reads it as it is shown; dates are <time> elements.

type Counts = Omit<SectionCoverage, 'kind' | 'id' | 'name'>;

function EvidenceCounts({ counts }: { counts: Counts }) {
  const t = useTranslations('Evidence');
  const { oldestSource: from, newestSource: to } = counts;
  return (
    <>
      {t('counts', { quotes: counts.quotes, paraphrases: counts.paraphrases, speakers: counts.speakers, interviews: counts.interviews })}
      {' · '}
      {!from || !to
        ? t('undated')
        : from === to
          ? t.rich('date', { on: from, time: (chunks) => <time dateTime={from}>{chunks}</time> })
          : t.rich('dates', { from, to, start: (chunks) => <time dateTime={from}>{chunks}</time>, end: (chunks) => <time dateTime={to}>{chunks}</time> })}
      {counts.quotes > 0 && (
        <>
          {' · '}
          {t('verified', { verified: counts.verifiedQuotes, quotes: counts.quotes })}
        </>
      )}
    </>
  );
}

/** Under a camp's heading. */
export function EvidenceStrip({ coverage }: { coverage: SectionCoverage | undefined }) {
  const t = useTranslations('Evidence');
  if (!coverage) return null;
  return (
    <p className="evidence-strip mt-1 text-xs text-stone-600 dark:text-stone-400" data-evidence-strip={coverage.id}>
      <strong className="font-medium">{t('label')}</strong>
      <EvidenceCounts counts={coverage} />
    </p>
  );
}

/** The whole page's evidence, near the table of contents. */
export function EvidenceSummary({ coverage }: { coverage: PageCoverage }) {
  const t = useTranslations('Evidence');
  const withQuotes = coverage.points.filter((point) => point.quotes > 0).length;
  const oneSpeaker = coverage.camps.filter((camp) => camp.quotes + camp.paraphrases > 0 && camp.speakers === 1).length;
  return (
    <aside aria-labelledby="evidence-summary-title" className="mt-4 rounded-md border border-stone-200 px-4 py-3 text-sm dark:border-stone-800">
      <h2 id="evidence-summary-title" className="font-semibold">
        {t('summaryTitle')}
      </h2>
      <ul className="mt-1 space-y-0.5 text-stone-700 dark:text-stone-300">
        <li>
          <EvidenceCounts counts={coverage.total} />
        </li>
        {coverage.points.length > 0 && <li>{t('pointsWithQuotes', { withQuotes, points: coverage.points.length })}</li>}
        {oneSpeaker > 0 && <li>{t('campsOneSpeaker', { count: oneSpeaker })}</li>}
      </ul>
    </aside>
  );
}
