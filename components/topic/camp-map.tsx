import { useTranslations } from 'next-intl';
import { fitLines } from '@/lib/text/fit-lines';
import type { Block, SpeakerRef, TopicDocument } from '@/lib/topics/document';

// A picture of who stands where: a column per camp (and one for the consensus), the people in
// it — members filled, people only quoted or paraphrased there as rings — and a line joining a
// person across every column they appear in. Drawn on the server as SVG at its natural size
// (the figure scrolls sideways on a phone rather than shrinking the text), with the same
// facts as text for screen readers and for anyone who opens "as text".

const COLUMN = 156;
const ROW = 24;
const HEAD = 52;
const MAX_ROWS = 12;

type Person = { speaker: SpeakerRef; member: boolean };
type Column = { key: string; title: string; subtitle: string; people: Person[]; more: number };

function speakersOf(blocks: Block[]): SpeakerRef[] {
  return blocks.flatMap((block) => (block.kind === 'quote' ? block.quote.speakers : block.kind === 'paraphrase' && block.speaker ? [block.speaker] : []));
}

function columnsOf(doc: TopicDocument, names: { consensus: string; camp: (label: string) => string }): Column[] {
  const column = (key: string, title: string, subtitle: string, members: SpeakerRef[], quoted: SpeakerRef[]): Column => {
    const people = new Map<string, Person>();
    for (const speaker of members) people.set(speaker.id, { speaker, member: true });
    for (const speaker of quoted) if (!people.has(speaker.id)) people.set(speaker.id, { speaker, member: false });
    const all = [...people.values()];
    return { key, title, subtitle, people: all.slice(0, MAX_ROWS), more: Math.max(0, all.length - MAX_ROWS) };
  };
  const consensus = column('consensus', names.consensus, '', [], doc.consensus.flatMap((p) => speakersOf(p.blocks)));
  const camps = doc.camps.map((camp) => column(camp.id, names.camp(camp.label), camp.stance, camp.members, speakersOf(camp.blocks)));
  return [...(consensus.people.length ? [consensus] : []), ...camps].filter((c) => c.people.length > 0);
}

// What fits in a column (SVG text does not wrap): the stance in two lines, a title and each
// name in one, cut with "…"; the full texts are in the text version below the map and in each
// cut line's own <title>. Widths from COLUMN minus the box's margins and each text's indent.
const TITLE_WIDTH = COLUMN - 24;
const NAME_WIDTH = COLUMN - 38;
const STANCE_LINES = 2;
const STANCE_LINE_HEIGHT = 14;

export function CampMap({ document }: { document: TopicDocument }) {
  const t = useTranslations('Topic');
  const columns = columnsOf(document, { consensus: t('mapConsensus'), camp: (label) => t('campLabel', { label }) });
  if (columns.length < 2) return null;
  const stances = columns.map((column) => fitLines(column.subtitle, TITLE_WIDTH, 11, STANCE_LINES));
  const head = HEAD + (Math.max(1, ...stances.map((stance) => stance.lines.length)) - 1) * STANCE_LINE_HEIGHT;
  const rows = Math.max(...columns.map((c) => c.people.length + (c.more ? 1 : 0)));
  const width = columns.length * COLUMN;
  const height = head + rows * ROW + 12;
  const at = (columnIndex: number, row: number) => ({ x: columnIndex * COLUMN + 16, y: head + row * ROW + ROW / 2 });

  // Where each person appears, in column order: joined by a line.
  const places = new Map<string, { x: number; y: number }[]>();
  columns.forEach((column, c) => column.people.forEach((person, r) => places.set(person.speaker.id, [...(places.get(person.speaker.id) ?? []), at(c, r)])));
  const bridges = [...places.entries()].filter(([, points]) => points.length > 1);
  const bridgeNames = new Set(bridges.map(([id]) => id));

  return (
    <figure className="mt-8" aria-labelledby="camp-map-caption">
      <div className="overflow-x-auto">
        <svg role="img" aria-labelledby="camp-map-title" width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="max-w-none text-stone-800 dark:text-stone-200">
          <title id="camp-map-title">{t('mapTitle')}</title>
          {bridges.map(([id, points]) => (
            <path
              key={id}
              d={points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ')}
              fill="none"
              stroke="currentColor"
              strokeOpacity={0.35}
              strokeWidth={2}
              strokeDasharray="4 3"
            />
          ))}
          {columns.map((column, c) => (
            <g key={column.key}>
              <rect x={c * COLUMN + 4} y={4} width={COLUMN - 8} height={height - 8} rx={8} fill="currentColor" fillOpacity={0.04} stroke="currentColor" strokeOpacity={0.15} />
              <FittedText x={c * COLUMN + 12} y={24} fontSize={14} fontWeight={600} width={TITLE_WIDTH} text={column.title} />
              {stances[c]!.lines.map((line, i) => (
                <text key={i} x={c * COLUMN + 12} y={41 + i * STANCE_LINE_HEIGHT} fontSize={11} fill="currentColor" fillOpacity={0.7}>
                  {stances[c]!.cut && <title>{column.subtitle}</title>}
                  {line}
                </text>
              ))}
              {column.people.map((person, r) => {
                const p = at(c, r);
                return (
                  <g key={person.speaker.id}>
                    <circle cx={p.x} cy={p.y} r={6} fill={person.member ? 'currentColor' : 'var(--color-white, #fff)'} stroke="currentColor" strokeWidth={2} />
                    <FittedText x={p.x + 12} y={p.y + 4} fontSize={12} fontWeight={bridgeNames.has(person.speaker.id) ? 600 : 400} width={NAME_WIDTH} text={person.speaker.name} />
                  </g>
                );
              })}
              {column.more > 0 && (
                <text x={c * COLUMN + 12} y={head + column.people.length * ROW + ROW / 2 + 4} fontSize={11} fill="currentColor" fillOpacity={0.7}>
                  +{column.more}
                </text>
              )}
            </g>
          ))}
        </svg>
      </div>
      <figcaption id="camp-map-caption" className="mt-2 text-xs text-stone-500 dark:text-stone-400">
        {t('mapLegend')}
        <details className="mt-1">
          <summary className="cursor-pointer">{t('mapAsText')}</summary>
          <ul className="mt-1 list-disc pl-5">
            {columns.map((column) => (
              <li key={column.key}>
                {column.title}
                {column.subtitle && `(${column.subtitle})`}:{column.people.map((p) => `${p.speaker.name}${p.member ? '' : t('quotedOnly')}`).join('、')}
                {column.more > 0 && ` … +${column.more}`}
              </li>
            ))}
            {bridges.length > 0 && (
              <li>
                {t('inSeveralPlaces')}
                {bridges.map(([id]) => columns.flatMap((c) => c.people).find((p) => p.speaker.id === id)!.speaker.name).join('、')}
              </li>
            )}
          </ul>
        </details>
      </figcaption>
    </figure>
  );
}

/** One line of the map cut to its width; when cut, its <title> holds the whole text. */
function FittedText({ x, y, fontSize, fontWeight, width, text }: { x: number; y: number; fontSize: number; fontWeight: number; width: number; text: string }) {
  const { lines, cut } = fitLines(text, width, fontSize, 1);
  return (
    <text x={x} y={y} fontSize={fontSize} fontWeight={fontWeight} fill="currentColor">
      {cut && <title>{text}</title>}
      {lines[0] ?? ''}
    </text>
  );
}
