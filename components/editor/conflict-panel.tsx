import type { Conflict } from '@/lib/drafts/changeset';

// A refused save, item by item: the other person's current text next to the analyst's own,
// which stays in the editor until they choose. Nothing is thrown away without a click.

const KIND: Record<string, string> = {
  topic: '标题与网址 · Titles and address',
  view: '我的看法 · My view',
  point: '共识 · Consensus point',
  camp: '阵营 · Camp',
  block: '内容块 · Block',
  blindSpot: '都没说透的 · Blind spot',
  openQuestion: '还想知道什么 · Open question',
  changelog: '更新日志 · Changelog entry',
  source: '取材 · Source',
  sisterTopic: '姊妹主题 · Sister topic',
};

/** The readable words of an item, for showing both sides. */
function words(value: unknown): string {
  if (value === null || value === undefined) return '(已被对方删除 · deleted by the other editor)';
  if (typeof value !== 'object') return String(value);
  const record = value as Record<string, unknown>;
  if (record.quote && typeof record.quote === 'object') {
    const quote = record.quote as { original?: { text: string } | null; translation?: { text: string } | null };
    return [quote.original?.text, quote.translation?.text].filter(Boolean).join('\n');
  }
  const fields = ['titleZh', 'titleEn', 'slug', 'statement', 'label', 'stance', 'holders', 'text', 'reason', 'judgment', 'confidence', 'strongestSupport', 'weakestLink'];
  return fields.filter((f) => typeof record[f] === 'string' && record[f]).map((f) => String(record[f])).join('\n');
}

export function ConflictPanel({ conflicts, onResolve }: { conflicts: Conflict[]; onResolve: (conflict: Conflict, choice: 'mine' | 'theirs') => void }) {
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="conflicts-heading" className="rounded-lg border-2 border-red-600 bg-red-50 p-3 dark:bg-red-950">
      <h2 id="conflicts-heading" className="font-semibold">有人同时修改了这些内容 · Someone else changed these meanwhile</h2>
      <p className="text-sm">你的文字仍在编辑器里。逐项选择保留哪一版;也可以先把对方的文字复制进来再保留你的。 · Your text is still in the editor. Choose per item; you can also copy their text into yours, then keep yours.</p>
      <ul className="mt-2 space-y-3">
        {conflicts.map((conflict, index) => {
          const change = conflict.change;
          const kind = change.op === 'item' ? change.type : change.op;
          return (
            <li key={index} className="rounded border border-red-300 bg-white p-2 dark:border-red-800 dark:bg-stone-900" data-conflict={change.op === 'item' ? change.id : change.op}>
              <p className="text-xs font-medium">{KIND[kind] ?? kind}</p>
              <div className="mt-1 grid gap-2 sm:grid-cols-2">
                <div>
                  <p className="text-xs text-stone-500">对方的版本 · Theirs</p>
                  <pre className="whitespace-pre-wrap text-sm" data-side="theirs">{words(conflict.theirs)}</pre>
                </div>
                <div>
                  <p className="text-xs text-stone-500">你的版本 · Yours</p>
                  <pre className="whitespace-pre-wrap text-sm" data-side="mine">{words(change.op === 'order' ? null : change.next)}</pre>
                </div>
              </div>
              <div className="mt-2 flex gap-2">
                <button type="button" onClick={() => onResolve(conflict, 'mine')} className="rounded bg-stone-800 px-2 py-1 text-xs text-white dark:bg-stone-200 dark:text-stone-900">
                  保留我的 · Keep mine
                </button>
                <button type="button" onClick={() => onResolve(conflict, 'theirs')} className="rounded border border-stone-400 px-2 py-1 text-xs">
                  采用对方的 · Take theirs
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
