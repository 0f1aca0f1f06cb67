// Dates as analysts write them: 2026-06-18, 2026-06, 2026/06/18 and 2026年6月18日 (also
// 2026年6月). Read only from short tokens (at most 16 characters), so the patterns below never
// see a long line.

export type PageDate = {
  /** ISO date; a month alone is stored as its first day. */
  iso: string;
  precision: 'day' | 'month';
};

const FORMS: [RegExp, PageDate['precision']][] = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, 'day'],
  [/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, 'day'],
  [/^(\d{4})年(\d{1,2})月(\d{1,2})日$/, 'day'],
  [/^(\d{4})-(\d{1,2})$/, 'month'],
  [/^(\d{4})\/(\d{1,2})$/, 'month'],
  [/^(\d{4})年(\d{1,2})月$/, 'month'],
];
const MAX_TOKEN = 16;

const pad = (n: number) => String(n).padStart(2, '0');

/** The whole of `token` read as a date, or null. Impossible dates (2026-02-30) are not dates. */
export function readDate(token: string): PageDate | null {
  const text = token.trim();
  if (text.length < 6 || text.length > MAX_TOKEN) return null;
  for (const [pattern, precision] of FORMS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day = 1] = match.slice(1).map(Number) as [number, number, number?];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return { iso: `${year}-${pad(month)}-${pad(day)}`, precision };
  }
  return null;
}

/**
 * A date at the very start of a line ("2026-06-02 新增阵营 B", "2026年6月2日:首次发布"): the date and
 * what follows it, with the separator (spaces, ·, : or ：) removed. Null when the line does not
 * start with a date.
 */
export function readLeadingDate(line: string): { date: PageDate; rest: string } | null {
  // The date token ends at the first separator, or right after 日 for the Chinese form.
  let end = 0;
  while (end < line.length && end <= MAX_TOKEN) {
    const c = line[end]!;
    if (c === ' ' || c === '\t' || c === '\u00b7' || c === ':' || c === '\uff1a' || c === '\u3000') break;
    end += 1;
    if (c === '日') break;
  }
  const date = readDate(line.slice(0, end));
  if (!date) return null;
  let rest = end;
  while (rest < line.length && ' \t\u3000\u00b7:\uff1a'.includes(line[rest]!)) rest += 1;
  return { date, rest: line.slice(rest) };
}
