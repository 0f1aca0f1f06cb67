import { z } from 'zod';
import { queryText } from '@/lib/text/query-param';

const text = queryText();

/** The quote library's filters, from the query string; anything unrecognised means "any". */
export const quoteFilterSchema = z.object({
  q: text,
  speaker: text,
  interview: text,
  topic: text,
  lang: queryText(16),
  translation: z.enum(['yes', 'no', '']).catch('').default(''),
  used: z.enum(['used', 'unused', '']).catch('').default(''),
  stale: z.enum(['1', '']).catch('').default(''),
  /** Provenance (issue 20): verified, differs, anchor-lost, unanchored, no-transcript. */
  status: z.enum(['verified', 'differs', 'anchor-lost', 'unanchored', 'no-transcript', '']).catch('').default(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type QuoteFilter = z.infer<typeof quoteFilterSchema>;

export const quoteIdSchema = z.object({ id: z.string().min(1).max(64) });
