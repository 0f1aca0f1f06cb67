import type { LedgerTopic } from '@/lib/sources/reader-queries';

const ROW = 28;
const COLUMN = 30;
const LABEL_WIDTH = 210;
const MAX_TOPICS = 24;

/**
 * A small picture of one person's positions: a row per published topic, a column per camp
 * label (and one for the consensus), a filled dot where they are a member or quoted, a ring
 * where only paraphrased. Drawn on the server; its text alternative lists the same facts.
 */
export function StanceMap({ name, topics }: { name: string; topics: LedgerTopic[] }) {
  const shown = topics.slice(0, MAX_TOPICS);
  const labels = [...new Set(shown.flatMap((t) => t.entries.flatMap((e) => (e.place.type === 'camp' ? [e.place.label] : []))))].sort();
  const hasConsensus = shown.some((t) => t.entries.some((e) => e.place.type === 'consensus'));
  const columns = [...(hasConsensus ? ['共识'] : []), ...labels];
  if (shown.length === 0 || columns.length === 0) return null;
  const width = LABEL_WIDTH + columns.length * COLUMN + 10;
  const height = 30 + shown.length * ROW;
  const facts = shown.map((topic) => {
    const places = columns.filter((column) =>
      topic.entries.some((e) => (column === '共识' ? e.place.type === 'consensus' : e.place.type === 'camp' && e.place.label === column)),
    );
    return { topic, places };
  });
  const description = facts
    .map(({ topic, places }) => `${topic.titleZh}: ${places.map((p) => (p === '共识' ? '共识 consensus' : `阵营 camp ${p}`)).join(', ')}`)
    .join('; ');
  return (
    <figure className="mt-4 overflow-x-auto">
      <svg role="img" aria-labelledby="stance-map-title stance-map-desc" viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="max-w-full text-stone-800 dark:text-stone-200">
        <title id="stance-map-title">{`${name}:主题 × 阵营 · topics × camps`}</title>
        <desc id="stance-map-desc">{description}</desc>
        {columns.map((column, i) => (
          <text key={column} x={LABEL_WIDTH + i * COLUMN + COLUMN / 2} y={18} textAnchor="middle" fontSize="12" fill="currentColor">
            {column}
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
                const entries = topic.entries.filter((e) => (column === '共识' ? e.place.type === 'consensus' : e.place.type === 'camp' && e.place.label === column));
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
        实心:成员或引语;空心:仅转述;连线:同一主题里出现在多处 · Filled: member or quoted; ring: paraphrased only; line: in several places on one page.
        {topics.length > MAX_TOPICS && ` 只画出最近 ${MAX_TOPICS} 个主题 · Only the latest ${MAX_TOPICS} topics are drawn.`}
      </figcaption>
    </figure>
  );
}
