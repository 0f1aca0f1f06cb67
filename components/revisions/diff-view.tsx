import type { DetailChange, DetailField, DocumentDiff, ItemDiff, ItemStatus } from '@/lib/revisions/document-diff';
import { CONFIDENCE_LABELS } from '@/lib/topics/confidence';
import type { Block } from '@/lib/topics/document';
import { TextRuns } from './text-runs';

const STATUS: Record<ItemStatus, { label: string; className: string }> = {
  same: { label: '未变 · unchanged', className: 'bg-stone-100 text-stone-600 dark:bg-stone-800 dark:text-stone-300' },
  added: { label: '新增 · added', className: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200' },
  removed: { label: '删除 · removed', className: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200' },
  moved: { label: '移动 · moved', className: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200' },
  changed: { label: '修改 · changed', className: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200' },
  'moved-changed': { label: '移动并修改 · moved, changed', className: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200' },
};

export type DiffLayout = 'inline' | 'side';

function Badge({ status }: { status: ItemStatus }) {
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS[status].className}`}>{STATUS[status].label}</span>;
}

function blockText(block: Block): Record<string, string> {
  switch (block.kind) {
    case 'quote':
      return { original: block.quote.original?.text ?? '', translation: block.quote.translation?.text ?? '' };
    case 'paraphrase':
      return { text: block.text, reason: block.reason };
    default:
      return { text: block.text };
  }
}

const DETAIL: Record<DetailField, string> = {
  label: '标签固定 · Label pinned',
  speakers: '讲者 · Speakers',
  interview: '访谈 · Interview',
  timecode: '时间码 · Timecode',
  anchor: '原文锚点 · Transcript anchor',
  language: '语言 · Languages',
  inferred: '推断的讲者 · Inferred speakers',
  seeAlso: '另见 · See also',
  other: '其他细节 · Other details',
};

/** What changed besides the text: each detail with its old value struck and its new one marked. */
function Details({ details }: { details: DetailChange[] }) {
  if (details.length === 0) return null;
  return (
    <ul className="text-sm" data-diff-details>
      {details.map((detail) => (
        <li key={detail.field}>
          <span className="text-stone-500">{DETAIL[detail.field]}: </span>
          {detail.field === 'other' ? (
            <span>修改了页面不显示的细节 · changed in details the page does not show</span>
          ) : (
            <>
              {detail.before ? <del className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200">{detail.before}</del> : <span>—</span>}
              {' → '}
              {detail.after ? <ins className="bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-950 dark:text-emerald-200">{detail.after}</ins> : <span>—</span>}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

const KIND = { paragraph: '段落 · paragraph', note: '编者注 · note', paraphrase: '转述 · paraphrase', quote: '引语 · quote' } as const;

/** One item's text: the runs when it changed, or its text as it stands (or stood). */
function ItemText({ entry, fields, layout }: { entry: ItemDiff<unknown>; fields: Record<string, string>; layout: DiffLayout }) {
  return (
    <>
      {Object.entries(fields).map(([field, text]) => {
        const runs = entry.text[field];
        if (!text && !runs) return null;
        if (!runs) return <p key={field} className={entry.status === 'removed' ? 'line-through opacity-70' : ''}>{text}</p>;
        if (layout === 'inline') return <p key={field}><TextRuns runs={runs} /></p>;
        return (
          <div key={field} className="grid grid-cols-2 gap-4">
            <p><TextRuns runs={runs} side="before" /></p>
            <p><TextRuns runs={runs} side="after" /></p>
          </div>
        );
      })}
    </>
  );
}

function Blocks({ blocks, layout }: { blocks: ItemDiff<Block>[]; layout: DiffLayout }) {
  const changed = blocks.filter((block) => block.status !== 'same');
  const unchanged = blocks.length - changed.length;
  return (
    <div className="ml-4 mt-2 space-y-2">
      {changed.map((entry) => {
        const block = (entry.after ?? entry.before)!;
        return (
          <div key={entry.id} data-diff-status={entry.status} className="border-l-2 border-stone-200 pl-3 dark:border-stone-700">
            <p className="text-xs text-stone-500">{KIND[block.kind]} <Badge status={entry.status} /></p>
            <ItemText entry={entry} fields={blockText(block)} layout={layout} />
            <Details details={entry.details} />
          </div>
        );
      })}
      {unchanged > 0 && <p className="text-xs text-stone-500">{unchanged} 个内容块未变 · unchanged blocks</p>}
    </div>
  );
}

export type DiffSides = { from: string; to: string };

/** Which side is which: the column headings side by side, the colours' key inline. */
function SidesKey({ sides, layout }: { sides: DiffSides; layout: DiffLayout }) {
  if (layout === 'side') {
    return (
      <div className="sticky top-0 z-10 grid grid-cols-2 gap-4 border-b border-stone-200 bg-white py-2 text-sm font-semibold dark:border-stone-700 dark:bg-stone-950" data-diff-sides>
        <p>从 · From: {sides.from}</p>
        <p>到 · To: {sides.to}</p>
      </div>
    );
  }
  return (
    <p className="text-sm" data-diff-sides>
      <del className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200">从 · From: {sides.from}</del>{' '}
      <ins className="bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-950 dark:text-emerald-200">到 · To: {sides.to}</ins>
    </p>
  );
}

const sectionChanged = (entry: { status: ItemStatus; blocks: ItemDiff<Block>[] }) => entry.status !== 'same' || entry.blocks.some((block) => block.status !== 'same');

/** The structural diff of two revisions: what was added, removed, moved and changed. */
export function DiffView({ diff, layout, sides }: { diff: DocumentDiff; layout: DiffLayout; sides: DiffSides }) {
  if (!diff.changed) return <p className="mt-6 italic">两个版本内容相同 · The two revisions have the same content.</p>;
  const sections = [
    { title: '主流共识 · Consensus', items: diff.consensus.map((entry) => ({ entry, heading: entry.after?.statement ?? entry.before!.statement, fields: { statement: (entry.after ?? entry.before)!.statement } })) },
    {
      title: '分歧在哪 · Camps',
      items: diff.camps.map((entry) => {
        const camp = (entry.after ?? entry.before)!;
        return { entry, heading: `阵营 ${camp.label} · "${camp.stance}"`, fields: { stance: camp.stance, holders: camp.holders } };
      }),
    },
  ];
  return (
    <div className="mt-6 space-y-8">
      <SidesKey sides={sides} layout={layout} />
      {Object.keys(diff.title).length > 0 && (
        <section>
          <h2 className="font-semibold">标题 · Title</h2>
          {Object.values(diff.title).map((runs, index) => (
            <p key={index}><TextRuns runs={runs} /></p>
          ))}
        </section>
      )}
      {/* A section with nothing changed has no heading: an empty one reads as if it were emptied. */}
      {sections.filter((section) => section.items.some(({ entry }) => sectionChanged(entry))).map((section) => (
        <section key={section.title}>
          <h2 className="font-semibold">{section.title}</h2>
          {section.items
            .filter(({ entry }) => sectionChanged(entry))
            .map(({ entry, fields }) => (
              <article key={entry.id} data-diff-status={entry.status} className="mt-3">
                <div className="flex items-center gap-2"><Badge status={entry.status} /></div>
                <ItemText entry={entry} fields={fields} layout={layout} />
                <Details details={entry.details} />
                {'membersAdded' in entry && (entry.membersAdded as string[]).length > 0 && (
                  <p className="text-sm">+ 成员 · members: {(entry.membersAdded as string[]).join('、')}</p>
                )}
                {'membersRemoved' in entry && (entry.membersRemoved as string[]).length > 0 && (
                  <p className="text-sm">− 成员 · members: {(entry.membersRemoved as string[]).join('、')}</p>
                )}
                <Blocks blocks={entry.blocks} layout={layout} />
              </article>
            ))}
        </section>
      ))}
      {(diff.view.confidence || Object.keys(diff.view.text).length > 0) && (
        <section>
          <h2 className="font-semibold">我的看法 · Editor&apos;s view</h2>
          {diff.view.confidence && (
            <p>
              把握程度 · Confidence: {diff.view.confidence.from ? CONFIDENCE_LABELS[diff.view.confidence.from].zh : '—'} →{' '}
              {diff.view.confidence.to ? CONFIDENCE_LABELS[diff.view.confidence.to].zh : '—'}
            </p>
          )}
          {Object.entries(diff.view.text).map(([field, runs]) => (
            <p key={field}><TextRuns runs={runs} /></p>
          ))}
        </section>
      )}
      {[...diff.blindSpots, ...diff.openQuestions].some((item) => item.status !== 'same') && (
        <section>
          <h2 className="font-semibold">都没说透的 / 还想知道什么 · Lists</h2>
          {[...diff.blindSpots, ...diff.openQuestions]
            .filter((item) => item.status !== 'same')
            .map((entry) => (
              <div key={entry.id} className="mt-1">
                <Badge status={entry.status} /> <ItemText entry={entry} fields={{ text: (entry.after ?? entry.before)!.text }} layout={layout} />
              </div>
            ))}
        </section>
      )}
      {diff.sources.added.length + diff.sources.removed.length > 0 && (
        <section>
          <h2 className="font-semibold">取材 · Sources</h2>
          {diff.sources.added.map((s) => <p key={s.id}>+ {s.show} {s.episodeTitle}</p>)}
          {diff.sources.removed.map((s) => <p key={s.id}>− {s.show} {s.episodeTitle}</p>)}
        </section>
      )}
    </div>
  );
}
