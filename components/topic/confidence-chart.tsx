import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { CONFIDENCE_LABELS } from '@/lib/topics/confidence';
import { CONFIDENCE_LEVELS, type ConfidenceLevel } from '@/lib/topics/document';

// The editor's confidence at each published version, as a step chart drawn on the server (no
// script), with the same steps as a table for readers who do not see the picture: the SVG is one
// image with a title and a description, and the table follows it.

export type ConfidenceStep = { publishNumber: number; publishedOn: string; confidence: ConfidenceLevel | null };

const WIDTH = 360;
const HEIGHT = 130;
const LEFT = 76;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 24;

export function ConfidenceChart({ slug, steps, idPrefix = 'confidence' }: { slug: string; steps: ConfidenceStep[]; idPrefix?: string }) {
  const t = useTranslations('History');
  const language = useLocale() === 'en' ? 'en' : 'zh';
  if (steps.length === 0) return null;
  const rowHeight = (HEIGHT - TOP - BOTTOM) / (CONFIDENCE_LEVELS.length - 1);
  const y = (level: ConfidenceLevel) => TOP + (CONFIDENCE_LEVELS.length - 1 - CONFIDENCE_LEVELS.indexOf(level)) * rowHeight;
  const columnWidth = (WIDTH - LEFT - RIGHT) / steps.length;
  const x = (index: number) => LEFT + index * columnWidth;
  // One horizontal run per version, joined to the next by a vertical line; no line across a version without a view.
  const path = steps
    .map((step, i) => {
      if (!step.confidence) return '';
      const previous = steps[i - 1]?.confidence;
      const start = previous ? `L${x(i)},${y(step.confidence)}` : `M${x(i)},${y(step.confidence)}`;
      return `${start} H${x(i + 1)}`;
    })
    .join(' ');
  const first = steps[0]!.publishNumber;
  const last = steps.at(-1)!.publishNumber;
  return (
    <figure className="mt-4">
      <svg
        role="img"
        aria-labelledby={`${idPrefix}-chart-title ${idPrefix}-chart-desc`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="w-full max-w-md text-stone-800 dark:text-stone-200"
      >
        <title id={`${idPrefix}-chart-title`}>{t('chartTitle')}</title>
        <desc id={`${idPrefix}-chart-desc`}>{t('chartDescription', { first, last })}</desc>
        {CONFIDENCE_LEVELS.map((level) => (
          <g key={level}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(level)} y2={y(level)} stroke="currentColor" strokeOpacity={0.15} />
            <text x={LEFT - 6} y={y(level) + 4} textAnchor="end" fontSize={11} fill="currentColor">
              {CONFIDENCE_LABELS[level][language]}
            </text>
          </g>
        ))}
        {steps.map((step, i) => (
          <text key={step.publishNumber} x={x(i) + columnWidth / 2} y={HEIGHT - 6} textAnchor="middle" fontSize={11} fill="currentColor">
            v{step.publishNumber}
          </text>
        ))}
        <path d={path} fill="none" stroke="currentColor" strokeWidth={2.5} />
      </svg>
      <table className="mt-2 text-sm" data-confidence-table="">
        <caption className="text-left font-medium">{t('chartTable')}</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-4 text-left font-normal text-stone-500 dark:text-stone-400">{t('version')}</th>
            <th scope="col" className="pr-4 text-left font-normal text-stone-500 dark:text-stone-400">{t('date')}</th>
            <th scope="col" className="text-left font-normal text-stone-500 dark:text-stone-400">{t('confidence')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.publishNumber}>
              <td className="pr-4">
                <Link href={`/topics/${slug}/v/${step.publishNumber}`} prefetch={false} className="inline-block py-1 underline underline-offset-2">
                  {t('versionLink', { number: step.publishNumber })}
                </Link>
              </td>
              <td className="pr-4 tabular-nums">
                <time dateTime={step.publishedOn}>{step.publishedOn}</time>
              </td>
              <td>{step.confidence ? CONFIDENCE_LABELS[step.confidence][language] : t('none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
