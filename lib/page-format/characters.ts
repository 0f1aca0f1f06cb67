// Character tests the grammar is written in. Every reader in lib/page-format scans a line with
// these and with indexOf/startsWith/endsWith, which are linear; regular expressions appear only
// on short, length-checked tokens (a date, a language tag), never on a whole untrusted line.

export const isAsciiDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
export const isLatinUpper = (c: string | undefined) => c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'À' && c <= 'Þ' && c !== '×'));
export const isLatinLower = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'ß' && c <= 'ÿ' && c !== '÷'));
export const isLatinLetter = (c: string | undefined) => isLatinUpper(c) || isLatinLower(c);
export const isWordChar = (c: string | undefined) => isLatinLetter(c) || isAsciiDigit(c);

/** CJK ideographs (the unified block and extension A), the letters Chinese names are written in. */
export function isHan(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

export const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';

export const isOpenParen = (c: string | undefined) => c === '(' || c === '\uFF08';
export const isCloseParen = (c: string | undefined) => c === ')' || c === '\uFF09';
/** ':' or the full-width '：'. */
export const isColon = (c: string | undefined) => c === ':' || c === '\uFF1A';

/** `text` split at every `separator` that is outside parentheses (linear, one pass). */
export function splitOutsideParens(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (isOpenParen(c)) depth += 1;
    else if (isCloseParen(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i = start - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
