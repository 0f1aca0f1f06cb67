// The first step of reading a document, before any pattern looks at it: the size, the number
// of lines and the length of every line are checked, in one linear pass, so no later step can
// be handed more than a bounded amount of text. Any input of up to 5 MB is read or refused here
// in milliseconds.
import { LIMITS } from '@/lib/topics/document';
import { ImportFormatError } from './errors';

export const FORMAT_LIMITS = {
  /** Characters in the whole document (the upload limit is 5 MB of UTF-8). */
  documentChars: 5 * 1024 * 1024,
  /** Lines, blank ones included: a topic of 2,000 blocks exported takes about 9,000. */
  lines: 50_000,
  /** The longest line a page can need: a 20,000-character paragraph behind a label or marker. */
  lineChars: LIMITS.paragraph + 200,
} as const;

/** One line of the document: its 1-based number, its text trimmed, and whether a blank line came just before it. */
export type DocumentLine = { number: number; text: string; afterBlank: boolean };

/**
 * Splits the document at \n, \r\n or \r and keeps the non-empty lines, trimmed. Markdown as export
 * writes it (first line `# …`) loses its `#`, `>` and `-` markers here. Throws ImportFormatError
 * naming the first limit the input exceeds.
 */
export function documentLines(input: string): DocumentLine[] {
  if (input.length > FORMAT_LIMITS.documentChars) {
    throw new ImportFormatError(`The document has ${input.length.toLocaleString('en')} characters; at most ${FORMAT_LIMITS.documentChars.toLocaleString('en')} are read.`);
  }
  const start = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const raw: { number: number; start: number; end: number }[] = [];
  let lineStart = start;
  let number = 1;
  for (let i = start; i <= input.length; i += 1) {
    const c = input.charCodeAt(i);
    const atEnd = i === input.length;
    if (!atEnd && c !== 10 && c !== 13) continue;
    if (i - lineStart > FORMAT_LIMITS.lineChars) {
      throw new ImportFormatError(
        `Line ${number} has ${(i - lineStart).toLocaleString('en')} characters; a line may have at most ${FORMAT_LIMITS.lineChars.toLocaleString('en')}.`,
      );
    }
    raw.push({ number, start: lineStart, end: i });
    if (raw.length > FORMAT_LIMITS.lines) {
      throw new ImportFormatError(`The document has more than ${FORMAT_LIMITS.lines.toLocaleString('en')} lines; a topic page has far fewer.`);
    }
    if (c === 13 && input.charCodeAt(i + 1) === 10) i += 1;
    lineStart = i + 1;
    number += 1;
  }

  const lines: DocumentLine[] = [];
  let markdown: boolean | null = null;
  let blank = false;
  for (const { number: lineNumber, start: from, end } of raw) {
    let text = input.slice(from, end).trim();
    if (!text) {
      blank = true;
      continue;
    }
    markdown ??= text.startsWith('# ');
    if (markdown) text = stripMarkdownMarker(text);
    if (!text) {
      blank = true;
      continue;
    }
    lines.push({ number: lineNumber, text, afterBlank: blank && lines.length > 0 });
    blank = false;
  }
  if (lines.length === 0) throw new ImportFormatError('The document is empty.');
  return lines;
}

/** `# `…`### ` headings, `> ` quotes and `- ` list items, as export writes Markdown. */
function stripMarkdownMarker(text: string): string {
  let hashes = 0;
  while (hashes < 3 && text[hashes] === '#') hashes += 1;
  if (hashes > 0 && text[hashes] === ' ') return text.slice(hashes).trim();
  if (text.startsWith('>')) return text.slice(1).trim();
  if (text.startsWith('- ')) return text.slice(2).trim();
  return text;
}
