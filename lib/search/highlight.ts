import { foldForSearch } from './query';

// Marks the searched terms in a result and cuts long text down to the part around the first
// match. Terms are folded (lib/search/query.ts); the text keeps its own forms, so a search for
// "rl" marks "RL" and "ＲＬ" as they are written. No server-only: a pure function.

export type Run = { text: string; match: boolean };

/**
 * The text folded, with the place in the original text of each folded character: one
 * character can fold into several ("㎏" into "kg"), and each of them points back to it.
 */
function foldWithPositions(text: string) {
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const character of text) {
    const form = foldForSearch(character);
    folded += form;
    for (let i = 0; i < form.length; i += 1) origin.push(at);
    at += character.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Where the terms occur in the text, as [start, end) ranges of the original text, merged. */
function matches(text: string, terms: string[]): [number, number][] {
  const { folded, origin } = foldWithPositions(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      // The match ends where the original character its last folded character came from ends.
      let end = at + term.length;
      while (origin[end] === origin[end - 1]) end += 1;
      ranges.push([origin[at]!, origin[end]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export function highlight(text: string, terms: string[], around = 70): Run[] {
  const found = terms.length ? matches(text, terms) : [];
  let start = 0;
  let end = text.length;
  if (text.length > around * 2 + 20) {
    const first = found[0]?.[0];
    if (first !== undefined) {
      start = Math.max(0, first - around);
      end = Math.min(text.length, first + around * 2);
    } else end = around * 2;
  }
  const runs: Run[] = [];
  if (start > 0) runs.push({ text: '…', match: false });
  let last = start;
  for (const [from, to] of found) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a > last) runs.push({ text: text.slice(last, a), match: false });
    runs.push({ text: text.slice(a, b), match: true });
    last = b;
  }
  if (last < end) runs.push({ text: text.slice(last, end), match: false });
  if (end < text.length) runs.push({ text: '…', match: false });
  return runs;
}
