import { useTranslations } from 'next-intl';
import type { LedgerTopic } from '@/lib/published/source-reads';

const ROW = 28;
const COLUMN = 30;
const LABEL_WIDTH = 210;
const MAX_TOPICS = 24;

/**
 * A small picture of one person's positions: a row per published topic, a column per camp
 * label (and one for the consensus), a filled dot where they are a member or quoted, a ring
 * where only paraphrased. Drawn on the server; its text alternative lists the same facts.
 */
// The consensus column's key: camp labels are letters, so it cannot collide with one.
const CONSENSUS = '';

export function StanceMap({ name, topics }: { name: string; topics: LedgerTopic[] }) {
  const tr = useTranslations('Sources');
  const columnName = (column: string) => (column === CONSENSUS ? tr('consensusPlace') : tr('mapCamp', { label: column }));
  const shown = topics.slice(0, MAX_TOPICS);
  const labels = [...new Set(shown.flatMap((t) => t.entries.flatMap((e) => (e.place.type === 'camp' ? [e.place.label] : []))))].sort();
  const hasConsensus = shown.some((t) => t.entries.some((e) => e.place.type === 'consensus'));
  const columns = [...(hasConsensus ? [CONSENSUS] : []), ...labels];
  if (shown.length === 0 || columns.length === 0) return null;
  const width = LABEL_WIDTH + columns.length * COLUMN + 10;
  const height = 30 + shown.length * ROW;
  const facts = shown.map((topic) => {
    const places = columns.filter((column) =>
      topic.entries.some((e) => (column === CONSENSUS ? e.place.type === 'consensus' : e.place.type === 'camp' && e.place.label === column)),
    );
    return { topic, places };
  });
  const description = facts
    .map(({ topic, places }) => `${topic.titleZh}: ${places.map(columnName).join(', ')}`)
    .join('; ');
  return (
    <figure className="mt-4 overflow-x-auto">
      <svg role="img" aria-labelledby="stance-map-title stance-map-desc" viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="max-w-full text-stone-800 dark:text-stone-200">
        <title id="stance-map-title">{tr('mapTitle', { name })}</title>
        <desc id="stance-map-desc">{description}</desc>
        {columns.map((column, i) => (
          <text key={column} x={LABEL_WIDTH + i * COLUMN + COLUMN / 2} y={18} textAnchor="middle" fontSize="12" fill="currentColor">
            {column === CONSENSUS ? tr('consensusPlace') : column}
          </text>
        ))}
        {facts.map(({ topic, places }, row) => {
          const y = 30 + row * ROW + ROW / 2;
          return (
            <g key={topic.slug}>
              <text x={0} y={y + 4} fontSize="12" fill="currentColor">
                {topic.titleZh.length > 16 ? `${topic.titleZh.slice(0, 15)}…` : topic.titleZh}
              </text>
              {columns.map((column, i) => {
                const entries = topic.entries.filter((e) => (column === CONSENSUS ? e.place.type === 'consensus' : e.place.type === 'camp' && e.place.label === column));
                const x = LABEL_WIDTH + i * COLUMN + COLUMN / 2;
                if (entries.length === 0) return <circle key={column} cx={x} cy={y} r={2} fill="currentColor" opacity={0.25} />;
                const strong = entries.some((e) => e.kind !== 'PARAPHRASE');
                return <circle key={column} cx={x} cy={y} r={8} fill={strong ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth={2} />;
              })}
              {places.length > 1 && (
                <line x1={LABEL_WIDTH + columns.indexOf(places[0]!) * COLUMN + COLUMN / 2} x2={LABEL_WIDTH + columns.indexOf(places.at(-1)!) * COLUMN + COLUMN / 2} y1={y} y2={y} stroke="currentColor" strokeWidth={1} opacity={0.5} />
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-xs text-stone-500 dark:text-stone-400">
        {tr('mapLegend')}
        {topics.length > MAX_TOPICS && ` ${tr('mapTruncated', { count: MAX_TOPICS })}`}
      </figcaption>
    </figure>
  );
}
