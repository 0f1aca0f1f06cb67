// Readers for each kind of line the page format has (lib/page-format/README.md lists them with
// examples). Each looks at one trimmed line of bounded length (document-lines.ts checked it)
// with linear scans; none uses a regular expression on the line itself.
import { isAsciiDigit, isCloseParen, isColon, isLatinLetter, isOpenParen, isSpace } from './characters';
import { readDate, readLeadingDate, type PageDate } from './dates';
import { PART_SEPARATOR } from './references';
import { ESCAPE, KICKER, MEMBERS_PREFIX, NOTE_PREFIX, sectionOf, VIEW_LABELS } from './sections';

const MIDDOT = '\u00b7';
const OPEN_QUOTES = '"\u201c';
const CLOSE_QUOTES = '"\u201d';

/** Compares a label such as "把握程度:" at the start of a line, full-width ( ) : matching their ASCII forms and spaces allowed before the colon. Returns the index after it, or -1. */
export function afterLabel(line: string, label: string): number {
  let j = 0;
  for (let i = 0; i < label.length; i += 1) {
    const want = label[i]!;
    if (want === ':') while (isSpace(line[j])) j += 1;
    const have = line[j];
    const same = have === want || (want === '(' && isOpenParen(have)) || (want === ')' && isCloseParen(have)) || (want === ':' && isColon(have));
    if (!same) return -1;
    j += 1;
  }
  return j;
}

export const isKicker = (line: string) => line === KICKER;

/** "模型表现触顶了吗 · Performance Plateau": the two titles, split at the first middle dot. */
export function readTitleLine(line: string): { zh: string; en: string } | null {
  const at = line.indexOf(MIDDOT);
  if (at < 0) return null;
  const zh = line.slice(0, at).trim();
  const en = line.slice(at + 1).trim();
  return zh && en ? { zh, en } : null;
}

/** "主题页(活文档)· 最近更新 2026-05-20 · 取材 9 篇访谈". */
export function readHeaderLine(line: string): { updatedOn: PageDate | null; interviewCount: number | null } | null {
  if (afterLabel(line, '主题页(活文档)') < 0) return null;
  let updatedOn: PageDate | null = null;
  const updated = line.indexOf('最近更新');
  if (updated >= 0) {
    let start = updated + 4;
    while (isSpace(line[start])) start += 1;
    let end = start;
    while (end < line.length && end - start <= 16 && !isSpace(line[end]) && line[end] !== MIDDOT) end += 1;
    updatedOn = readDate(line.slice(start, end));
  }
  let interviewCount: number | null = null;
  const sourced = line.indexOf('取材');
  if (sourced >= 0) {
    let i = sourced + 2;
    while (isSpace(line[i])) i += 1;
    let digits = '';
    while (isAsciiDigit(line[i]) && digits.length < 6) digits += line[i++];
    while (isSpace(line[i])) i += 1;
    if (digits && line[i] === '篇') interviewCount = Number(digits);
  }
  return { updatedOn, interviewCount };
}

const NUMERALS = '一二三四五六七八九十百零〇两';

/** "第一点:statement" (any numeral, : or ：) → the statement. */
export function readPointHeading(line: string): string | null {
  if (!line.startsWith('第')) return null;
  let i = 1;
  while (i < line.length && i < 12 && (NUMERALS.includes(line[i]!) || isAsciiDigit(line[i]))) i += 1;
  if (i === 1 || line[i] !== '点') return null;
  i += 1;
  while (isSpace(line[i])) i += 1;
  if (!isColon(line[i])) return null;
  return line.slice(i + 1).trim();
}

/**
 * `阵营 A · "stance"——holders`. The stance ends at the closing quote just before the first
 * `——`, or at the last closing quote when there is no `——`; what follows is who holds it.
 */
export function readCampHeading(line: string): { label: string; stance: string; holders: string } | null {
  if (!line.startsWith('阵营')) return null;
  let i = 2;
  while (isSpace(line[i])) i += 1;
  const labelStart = i;
  while (i < line.length && i - labelStart < 4 && (isLatinLetter(line[i]) || isAsciiDigit(line[i]))) i += 1;
  const label = line.slice(labelStart, i);
  if (!label || (i < line.length && (isLatinLetter(line[i]) || isAsciiDigit(line[i])))) return null;
  while (isSpace(line[i])) i += 1;
  if (line[i] !== MIDDOT && line[i] !== '\u30fb') return null;
  i += 1;
  while (isSpace(line[i])) i += 1;
  if (!OPEN_QUOTES.includes(line[i] ?? '\0')) return null;
  const stanceStart = i + 1;
  const beforeDashes = [line.indexOf('"\u2014\u2014', stanceStart), line.indexOf('\u201d\u2014\u2014', stanceStart)].filter((at) => at >= 0);
  const stanceEnd = beforeDashes.length > 0 ? Math.min(...beforeDashes) : Math.max(line.lastIndexOf('"'), line.lastIndexOf('\u201d'));
  if (stanceEnd < stanceStart) return null;
  const stance = line.slice(stanceStart, stanceEnd).trim();
  if (!stance) return null;
  let rest = stanceEnd + 1;
  while (isSpace(line[rest])) rest += 1;
  while (line[rest] === '\u2014') rest += 1;
  return { label: label.toUpperCase(), stance, holders: line.slice(rest).trim() };
}

/** "成员 · Members: A (Org)、B" → the list after the colon. */
export function readMembersLine(line: string): string | null {
  const after = afterLabel(line, MEMBERS_PREFIX);
  return after < 0 ? null : line.slice(after).trim();
}

/** A trailing " [lang]" tag ("[ja]", "[pt-BR]") and the text before it. */
function withLanguageTag(line: string): { body: string; lang: string | null } {
  if (!line.endsWith(']')) return { body: line, lang: null };
  const open = line.lastIndexOf('[', line.length - 2);
  const tag = open > 0 ? line.slice(open + 1, -1) : '';
  if (open < 0 || tag.length < 2 || tag.length > 12 || !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/.test(tag)) return { body: line, lang: null };
  return { body: line.slice(0, open).trimEnd(), lang: tag };
}

/** A line wholly inside the given quotation marks, with an optional language tag after them. */
function quoted(line: string, opens: string, closes: string): { text: string; lang: string | null } | null {
  if (!opens.includes(line[0] ?? '\0')) return null;
  const { body, lang } = withLanguageTag(line);
  if (body.length < 2 || !closes.includes(body.at(-1)!)) return null;
  const text = body.slice(1, -1).trim();
  return text ? { text, lang } : null;
}

/** `"English as said"` (or “…”), optionally ` [lang]`: a quote in its original language. */
export const readQuoteLine = (line: string) => quoted(line, OPEN_QUOTES, CLOSE_QUOTES);

/** `「中文译文」`, optionally ` [lang]`: a translation. */
export const readTranslationLine = (line: string) => quoted(line, '\u300c', '\u300d');

/** "注意——…": the editor's note, without its label. */
export function readNoteLine(line: string): string | null {
  if (!line.startsWith(NOTE_PREFIX)) return null;
  let i = NOTE_PREFIX.length;
  while (isSpace(line[i])) i += 1;
  while (line[i] === '\u2014') i += 1;
  const text = line.slice(i).trim();
  return text || line;
}

/**
 * The last parenthesis that says the text is a paraphrase, "(该集英文原音、podwise 仅存中文,故转述。)":
 * the text around it and the reason inside it (without a leading "转述:").
 */
export function readParaphraseMark(line: string): { text: string; reason: string } | null {
  let open = -1;
  let found: { start: number; end: number } | null = null;
  for (let i = 0; i < line.length; i += 1) {
    if (isOpenParen(line[i])) open = i;
    else if (isCloseParen(line[i])) {
      if (open >= 0 && line.slice(open + 1, i).includes('转述')) found = { start: open, end: i };
      open = -1;
    }
  }
  if (!found) return null;
  let reason = line.slice(found.start + 1, found.end).trim();
  const label = afterLabel(reason, '转述:');
  if (label >= 0) reason = reason.slice(label).trim();
  const text = `${line.slice(0, found.start)}${line.slice(found.end + 1)}`.trim();
  return { text, reason };
}

/** "2026-06-02 新增阵营 B" in 更新日志. */
export const readChangelogLine = (line: string) => readLeadingDate(line);

export type ViewField = keyof typeof VIEW_LABELS;

/** A labelled line of 我的看法 ("判断(不是事实):…", "把握程度:…", "最强的支撑:…", "最弱的环节:…"). */
export function readViewLine(line: string): { field: ViewField; rest: string } | null {
  for (const [field, label] of Object.entries(VIEW_LABELS) as [ViewField, string][]) {
    const after = afterLabel(line, label);
    if (after >= 0) return { field, rest: line.slice(after).trim() };
  }
  return null;
}

/** "inference-economics 推理经济学 · Inference Economics" in 姊妹主题 → the slug. */
export function readSisterLine(line: string): string | null {
  let end = 0;
  while (end < line.length && !isSpace(line[end])) end += 1;
  const slug = line.slice(0, end);
  return slug.length <= 120 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) ? slug : null;
}

/** A paragraph or list item starting with the escape is exactly the text after it. */
export const unescapeLine = (line: string) => (line.startsWith(ESCAPE) ? line.slice(ESCAPE.length) : line);

/**
 * Whether a line of text would read back as a plain paragraph in every section. Export escapes
 * any paragraph line for which this is false; the checks mirror the readers above.
 */
export function readsAsPlainText(line: string): boolean {
  if (!line || line !== line.trim()) return false;
  if (line.startsWith(ESCAPE) || sectionOf(line) || isKicker(line)) return false;
  if ('"\u201c\u300c\u2014#>'.includes(line[0]!) || line.startsWith('- ') || line.startsWith(NOTE_PREFIX)) return false;
  if (readHeaderLine(line) || readPointHeading(line) !== null || readCampHeading(line) || readMembersLine(line) !== null) return false;
  if (readParaphraseMark(line) || readViewLine(line) || readChangelogLine(line)) return false;
  // " · " starts an attribution line right after a quote, and is the title line's separator.
  return !line.includes(PART_SEPARATOR);
}
