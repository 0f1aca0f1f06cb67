import { z } from 'zod';

const text = z.string().trim().max(200).catch('').default('');

/** The quote library's filters, from the query string; anything unrecognised means "any". */
export const quoteFilterSchema = z.object({
  q: text,
  speaker: text,
  interview: text,
  topic: text,
  lang: z.string().trim().max(16).catch('').default(''),
  translation: z.enum(['yes', 'no', '']).catch('').default(''),
  used: z.enum(['used', 'unused', '']).catch('').default(''),
  stale: z.enum(['1', '']).catch('').default(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type QuoteFilter = z.infer<typeof quoteFilterSchema>;

export const quoteIdSchema = z.object({ id: z.string().min(1).max(64) });
