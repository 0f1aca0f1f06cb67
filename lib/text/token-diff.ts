// Inside changed text, a diff a reader can follow: whole words for Latin script, single
// characters for Chinese (which has no spaces between words), and punctuation on its own.
//
// The diff is jsdiff's Myers implementation (`diffArrays`, the kept library, house rule 18) with
// an edit-length cap: its work grows with the size of the texts times the number of edits, so a
// small edit to a long paragraph is cheap, and two texts that differ in more than
// MAX_TEXT_DIFF_EDITS tokens (500: 250 Chinese characters replaced, or about 125 English words)
// are shown as the changed middle removed whole and added whole instead of being searched for
// their best alignment. That bounds one field's diff at the largest paragraph the editor accepts
// (20,000 characters) to tens of milliseconds and about 15 MB (`npm run bench:diff`); the
// hand-written LCS it replaces needed n·m cells: 1.7 GB and 10 s of CPU for two
// 20,000-character Chinese paragraphs changed at both ends (issue 19, finding 4).
import { diffArrays } from 'diff';

export type TextChange = { op: 'same' | 'added' | 'removed'; text: string };

/** Tokens added plus tokens removed beyond which a field's diff is a whole-block replace. */
export const MAX_TEXT_DIFF_EDITS = 500;

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}_'’-]+|\s+|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Token diff (Myers, capped at MAX_TEXT_DIFF_EDITS edits), merged into runs. */
export function diffText(before: string, after: string, maxEdits: number = MAX_TEXT_DIFF_EDITS): TextChange[] {
  return diffTextBounded(before, after, maxEdits).runs;
}

/**
 * The same, saying how much of an edit budget it spent: the tokens it found added and removed,
 * or `maxEdits` when it gave up and replaced the middle whole (the search cost that much).
 */
export function diffTextBounded(before: string, after: string, maxEdits: number): { runs: TextChange[]; spent: number } {
  if (before === after) return { runs: before ? [{ op: 'same', text: before }] : [], spent: 0 };
  if (maxEdits <= 0) {
    // No budget left (the document's is shared, lib/revisions/document-diff.ts): not even
    // tokenized, the field is shown replaced whole.
    const runs: TextChange[] = [];
    if (before) runs.push({ op: 'removed', text: before });
    if (after) runs.push({ op: 'added', text: after });
    return { runs, spent: 0 };
  }
  const a = tokenize(before);
  const b = tokenize(after);
  // Trim the common ends first: most edits touch a small part of a long text.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const out: TextChange[] = [];
  const push = (op: TextChange['op'], text: string) => {
    if (!text) return;
    const last = out.at(-1);
    if (last?.op === op) last.text += text;
    else out.push({ op, text });
  };
  push('same', a.slice(0, start).join(''));
  // With one side empty the middle is all added or all removed: nothing to search.
  const changes = midA.length && midB.length ? diffArrays(midA, midB, { maxEditLength: Math.max(0, maxEdits) }) : undefined;
  let spent = 0;
  if (changes) {
    for (const change of changes) {
      push(change.removed ? 'removed' : change.added ? 'added' : 'same', change.value.join(''));
      if (change.added || change.removed) spent += change.count;
    }
  } else {
    // More edits than the cap (or one side empty): the middle is replaced whole.
    push('removed', midA.join(''));
    push('added', midB.join(''));
    spent = midA.length && midB.length ? Math.max(0, maxEdits) : 0;
  }
  push('same', a.slice(endA).join(''));
  return { runs: out, spent };
}
