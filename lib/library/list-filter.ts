import { z } from 'zod';
import { queryText } from '@/lib/text/query-param';

/** The address of a library list (speakers, interviews): words to look for and a page. Bad values fall back, never fail. */
export const listFilterSchema = z.object({
  q: queryText(),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
