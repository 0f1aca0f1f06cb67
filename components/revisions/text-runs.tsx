import type { TextChange } from '@/lib/text/token-diff';

/** Changed text with removals struck through and additions underlined, or one side of it. */
export function TextRuns({ runs, side = 'both' }: { runs: TextChange[]; side?: 'both' | 'before' | 'after' }) {
  return (
    <>
      {runs.map((run, index) => {
        if (run.op === 'same') return <span key={index}>{run.text}</span>;
        if (run.op === 'removed') {
          return side === 'after' ? null : (
            <del key={index} className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200">
              {run.text}
            </del>
          );
        }
        return side === 'before' ? null : (
          <ins key={index} className="bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-950 dark:text-emerald-200">
            {run.text}
          </ins>
        );
      })}
    </>
  );
}
