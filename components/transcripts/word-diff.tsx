import type { DiffPart } from '@/lib/provenance/quote-status';

/** Transcript words struck through, the quote's own words underlined. */
export function WordDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="text-xs leading-relaxed" aria-label="与文字稿的差异 · Difference from the transcript">
      {parts.map((part, i) =>
        part.removed ? (
          <del key={i} className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" title="文字稿 · Transcript">
            {part.value}
          </del>
        ) : part.added ? (
          <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-950 dark:text-emerald-200" title="引语 · Quote">
            {part.value}
          </ins>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
