'use client';

import type { QuoteUse } from '@/lib/drafts/quote-uses';

/**
 * Where else a quote is cited, and the analyst's choice before editing it: change the one
 * shared quote everywhere (each of those topics records a revision of the change), or give
 * this topic a copy of its own to change.
 */
export function SharedQuoteNotice({ titles, decided, onEverywhere, onOnlyHere }: { titles: QuoteUse[]; decided: boolean; onEverywhere: () => void; onOnlyHere: () => void }) {
  const zh = titles.map((use) => `《${use.titleZh}》`).join('、');
  const en = titles.map((use) => `“${use.titleEn}”`).join(', ');
  return (
    <div role="note" className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
      {decided ? (
        <p>
          这条引语也用于 {zh}:修改会同时改变那里,并在那里记入一条修订。 · Also cited in {en}: your edits change it there too, and each records a revision naming the change.
        </p>
      ) : (
        <>
          <p>
            这条引语也用于 {zh}。修改前请选择: · Also cited in {en}. Before editing, choose:
          </p>
          <div className="mt-1 flex flex-wrap gap-2">
            <button type="button" className="rounded border border-amber-700 px-2 py-0.5" onClick={onEverywhere}>
              处处修改 · Change everywhere
            </button>
            <button type="button" className="rounded border border-amber-700 px-2 py-0.5" onClick={onOnlyHere}>
              只改这里(复制一份) · Change only here (make a copy)
            </button>
          </div>
        </>
      )}
    </div>
  );
}
