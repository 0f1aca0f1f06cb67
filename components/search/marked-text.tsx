import { highlight } from '@/lib/search/highlight';

/** A result's text with the searched terms marked (folded terms: lib/search/query.ts). */
export function MarkedText({ text, words }: { text: string; words: string[] }) {
  return (
    <>
      {highlight(text, words).map((run, index) =>
        run.match ? (
          <mark key={index} className="rounded bg-amber-200 px-0.5 text-stone-900 dark:bg-amber-700 dark:text-stone-50">
            {run.text}
          </mark>
        ) : (
          <span key={index}>{run.text}</span>
        ),
      )}
    </>
  );
}
