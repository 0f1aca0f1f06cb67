// The text a quote is compared on: what was said, not how it was typed. Full-width forms fold
// to their ASCII twins (NFKC), case is ignored, and whitespace and punctuation are dropped
// altogether (Chinese has no spaces to keep, and "well — I think" vs "well, I think" is the
// same utterance). Each kept character remembers where it came from, so a match in the
// normalised text maps back to exact characters of the original. No server-only: the editor
// runs the same rules on screen.

export type Normalised = {
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original string where its character starts. */
  origin: ArrayLike<number>;
};

const KEEP = /[\p{L}\p{N}]/u;

/** UTF-16 units to a string, in slices small enough for fromCharCode's argument list. */
function unitsToString(units: Uint16Array, length: number): string {
  let text = '';
  for (let at = 0; at < length; at += 8_192) text += String.fromCharCode(...units.subarray(at, Math.min(length, at + 8_192)));
  return text;
}

export function normalise(original: string): Normalised {
  // Typed buffers, not strings and arrays grown a character at a time: a 3-hour transcript is
  // 200,000 characters, and anchoring a topic normalises every transcript it cites.
  // NFKC may expand a character (＂…＂, ligatures): the buffers grow when it does.
  let units = new Uint16Array(original.length + 16);
  let origin = new Int32Array(original.length + 16);
  let length = 0;
  const put = (unit: number, from: number) => {
    if (length === units.length) {
      const bigger = new Uint16Array(units.length * 2);
      bigger.set(units);
      units = bigger;
      const wider = new Int32Array(origin.length * 2);
      wider.set(origin);
      origin = wider;
    }
    units[length] = unit;
    origin[length++] = from;
  };
  for (let index = 0; index < original.length; ) {
    const code = original.charCodeAt(index);
    if (code < 0x80) {
      // ASCII, most of an English transcript: NFKC leaves it alone; letters and digits are kept, lower-cased.
      if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) put(code, index);
      else if (code >= 0x41 && code <= 0x5a) put(code + 0x20, index);
      index += 1;
      continue;
    }
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) {
      // CJK unified ideographs, most of a Chinese transcript: letters that NFKC and case leave alone.
      put(code, index);
      index += 1;
      continue;
    }
    const width = (original.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
    for (const folded of original.slice(index, index + width).normalize('NFKC').toLowerCase()) {
      if (KEEP.test(folded)) for (let unit = 0; unit < folded.length; unit++) put(folded.charCodeAt(unit), index);
    }
    index += width;
  }
  return { text: unitsToString(units, length), origin: origin.subarray(0, length) };
}

export const normalisedText = (original: string) => normalise(original).text;

/**
 * An analyst's elision: `…`, `...`, `[…]`, `[...]`, `(…)`. The quote's fragments around them
 * must be found in order. Alternatives of fixed length: no backtracking.
 */
const ELISION = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…+|\.\.\.+)\s*/u;

export function quoteFragments(quote: string): string[] {
  return quote
    .split(ELISION)
    .map(normalisedText)
    .filter((fragment) => fragment.length > 0);
}

export const hasElision = (quote: string) => ELISION.test(quote);
