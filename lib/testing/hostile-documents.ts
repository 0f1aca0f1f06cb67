// Documents built to be slow to read: as large as the importer accepts (5 MB of UTF-8) or just beyond, long
// lines that nearly match a line kind, thousands of lines, names and parentheses everywhere.
// `npm run bench:import` times reading each (parse, speaker inference, interview merging) and
// expects an answer, parsed or refused, in well under a second; the linear-time test fails only
// on a reader that is not linear (lib/page-format/linear-time.test.ts says why).
import { FORMAT_LIMITS } from '@/lib/page-format/document-lines';
import { LIMITS } from '@/lib/topics/document';

const MB = 1024 * 1024;
const HEAD = '压力 · Stress\n主流共识\n第一点:x\n分歧在哪\n阵营 A · "a"——b\n';

/** Lines just under the longest paragraph (so each is read through, not refused), each a block of its own, filling 5 MB of UTF-8. */
function longLines(line: (length: number) => string): string {
  const sample = line(LIMITS.paragraph - 10);
  const count = Math.floor((5 * MB - Buffer.byteLength(HEAD)) / (Buffer.byteLength(sample) + 2));
  return HEAD + Array.from({ length: count }, () => sample).join('\n\n');
}

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export const HOSTILE_DOCUMENTS: { name: string; make: () => string }[] = [
  { name: 'one line of 5 MB', make: () => 'a'.repeat(5 * MB) },
  { name: '200,000 short lines', make: () => Array.from({ length: 200_000 }, (_, i) => `line ${i}`).join('\n') },
  { name: '49,990 list items: the most lines a page may have, all read', make: () => `压力 · Stress\n都没说透的\n${Array.from({ length: FORMAT_LIMITS.lines - 10 }, (_, i) => `第 ${i} 条:没有人算过 *scaling* 在这一条轴上的边际回报(IID 假设)。`).join('\n')}` },
  { name: '50,000 short lines, more blocks than allowed', make: () => HEAD + Array.from({ length: FORMAT_LIMITS.lines - 10 }, (_, i) => (i % 2 ? '' : `第 ${i} 段。`)).join('\n') },
  { name: 'spaces between two letters (the old title pattern)', make: () => `a${' '.repeat(5 * MB - 2)}b` },
  { name: 'long lines of spaces and middle dots', make: () => longLines((n) => `a${fill(' · ', n - 2)}b`) },
  { name: 'long unclosed quotes', make: () => longLines((n) => `"${fill('word ', n - 1)}`) },
  { name: 'long camp headings without a closing quote', make: () => longLines((n) => `阵营 A · "${fill('立场 ', n - 10)}`) },
  { name: 'long lines of parentheses', make: () => longLines((n) => fill('((转述)', n)) },
  { name: 'long paragraphs just under the limit before unattributed quotes', make: () => longLines((n) => `${fill('Jack Morris 和 Ari Morcos 说', 19_000)}\n"${fill('q ', Math.min(n - 19_010, 4_000))}"`) },
  { name: 'long attribution-like lines after quotes', make: () => longLines((n) => `"q"\n— ${fill('Name / ', n / 2)}`) },
  { name: 'long runs of capitalised names before unattributed quotes', make: () => longLines((n) => `${fill('Ari Morcos ', n - 1)}:\n"q"`) },
  { name: 'long runs of names and organisations before quotes', make: () => longLines((n) => `${fill('Ari Morcos (Datology) 和 ', n - 1)}\n"q"`) },
  { name: 'long lines of episode markers', make: () => longLines((n) => `"q"\n— A · ${fill('Show #1 Ep2: — ', n / 2)}`) },
  { name: 'long Chinese lines with pronouns', make: () => longLines((n) => fill('他们其他她说', n)) },
];
