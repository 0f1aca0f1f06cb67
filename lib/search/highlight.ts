// Marks the searched words in a result and cuts long text down to the part around the first
// match. No server-only: a pure function, tested on its own.

export type Run = { text: string; match: boolean };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a query: split on spaces, at most eight, duplicates dropped. */
export function queryWords(query: string): string[] {
  // Control characters separate words: a NUL byte is not text PostgreSQL will compare.
  return [...new Set(query.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().split(/\s+/).filter(Boolean))].slice(0, 8);
}

export function highlight(text: string, words: string[], around = 70): Run[] {
  if (words.length === 0) return [{ text, match: false }];
  const pattern = new RegExp(words.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|'), 'giu');
  const first = text.search(pattern);
  let start = 0;
  let end = text.length;
  if (text.length > around * 2 + 20 && first >= 0) {
    start = Math.max(0, first - around);
    end = Math.min(text.length, first + around * 2);
  } else if (text.length > around * 2 + 20) end = around * 2;
  const window = text.slice(start, end);
  const runs: Run[] = [];
  if (start > 0) runs.push({ text: '…', match: false });
  let last = 0;
  for (const found of window.matchAll(pattern)) {
    if (found.index > last) runs.push({ text: window.slice(last, found.index), match: false });
    runs.push({ text: found[0], match: true });
    last = found.index + found[0].length;
  }
  if (last < window.length) runs.push({ text: window.slice(last), match: false });
  if (end < text.length) runs.push({ text: '…', match: false });
  return runs;
}
