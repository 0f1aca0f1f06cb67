// A line diff for what a re-import changes, by jsdiff's Myers implementation (`diffArrays`)
// with an edit-length cap: an imported document of up to 5 MB has tens of thousands of lines,
// and the LCS table this replaced needed lines × lines cells (issue 19, finding 4). Beyond
// MAX_LINE_DIFF_EDITS lines added and removed, the changed middle is listed removed then added.
import { diffArrays } from 'diff';

export type DiffLine = { op: '+' | '-' | ' '; text: string };

export const MAX_LINE_DIFF_EDITS = 2_000;

/** Lines kept, removed and added, in the order they appear. */
export function diffLines(before: string[], after: string[], maxEdits: number = MAX_LINE_DIFF_EDITS): DiffLine[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let endA = before.length;
  let endB = after.length;
  while (endA > start && endB > start && before[endA - 1] === after[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const midA = before.slice(start, endA);
  const midB = after.slice(start, endB);
  const out: DiffLine[] = before.slice(0, start).map((text) => ({ op: ' ', text }));
  const changes = midA.length && midB.length ? diffArrays(midA, midB, { maxEditLength: maxEdits }) : undefined;
  if (changes) {
    for (const change of changes) {
      const op = change.removed ? '-' : change.added ? '+' : ' ';
      for (const text of change.value) out.push({ op, text });
    }
  } else {
    for (const text of midA) out.push({ op: '-', text });
    for (const text of midB) out.push({ op: '+', text });
  }
  for (const text of before.slice(endA)) out.push({ op: ' ', text });
  return out;
}
