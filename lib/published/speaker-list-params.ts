import { z } from 'zod';
import { queryText } from '@/lib/text/query-param';
import { MAX_CHANGED_DAYS, MAX_SPEAKER_LIST_PAGE, type SpeakerListFilter } from './speaker-list-reads-bounds';

// The address of /speakers (?q=…&days=…&page=…) as a filter: whatever arrives, the page answers.
// Words are cut to 100 characters; days outside 1 … 365 are brought inside; anything that is not
// a number is no filter (days) or the first page.

const whole = (max: number) => queryText(12).transform((value) => (/^\d{1,12}$/.test(value) ? Math.min(max, Math.max(1, Number(value))) : null));

const schema = z.object({
  q: queryText(100),
  days: whole(MAX_CHANGED_DAYS),
  page: whole(MAX_SPEAKER_LIST_PAGE),
});

export function parseSpeakerListParams(params: Record<string, string | string[] | undefined>): SpeakerListFilter {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = schema.parse({ q: first(params.q), days: first(params.days), page: first(params.page) });
  return { query: parsed.q, changedWithinDays: parsed.days, page: parsed.page ?? 1 };
}
