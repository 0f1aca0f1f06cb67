// Fitting text into a fixed width where the browser cannot wrap it: SVG <text> is one line
// that runs on past its box. Widths are estimated from the characters, not measured (the map
// is drawn on the server, with no fonts): a wide character (CJK, kana, hangul, full-width
// forms, most emoji) counts one em, anything else 0.62 em — more than the average Latin
// glyph, so an estimate errs on the short side and a line never runs out of its box.
// Work is linear in the text, which is cut at 2,000 characters before anything else.

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
const NARROW_EM = 0.62;
const ELLIPSIS = '…';

/** The estimated width of one character, in ems. */
export const charWidthEm = (char: string) => (WIDE.test(char) ? 1 : NARROW_EM);

/** The estimated width of a text, in px at this font size. */
export const textWidth = (text: string, fontSize: number) => [...text].reduce((sum, char) => sum + charWidthEm(char) * fontSize, 0);

/**
 * The text in at most `maxLines` lines no wider than `width` px each; the last line ends in
 * "…" when the text does not fit. Breaks after a space when there is one on the line, else
 * between any two characters (Chinese has no spaces to break at).
 */
export function fitLines(text: string, width: number, fontSize: number, maxLines = 1): { lines: string[]; cut: boolean } {
  const chars = [...text.slice(0, 2_000).replace(/\s+/g, ' ').trim()];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length && lines.length < maxLines) {
    const last = lines.length === maxLines - 1;
    let used = 0;
    let end = start;
    while (end < chars.length && used + charWidthEm(chars[end]!) * fontSize <= width) used += charWidthEm(chars[end++]!) * fontSize;
    if (end >= chars.length) {
      lines.push(chars.slice(start).join(''));
      return { lines, cut: false };
    }
    if (last) {
      // Room for the ellipsis: drop characters until it fits.
      while (end > start && used + charWidthEm(ELLIPSIS) * fontSize > width) used -= charWidthEm(chars[--end]!) * fontSize;
      lines.push(`${chars.slice(start, end).join('').trimEnd()}${ELLIPSIS}`);
      return { lines, cut: true };
    }
    const space = chars.lastIndexOf(' ', end);
    const breakAt = space > start ? space : Math.max(end, start + 1);
    lines.push(chars.slice(start, breakAt).join('').trimEnd());
    start = chars[breakAt] === ' ' ? breakAt + 1 : breakAt;
  }
  return { lines, cut: false };
}
