import { z } from 'zod';
import { queryText } from '@/lib/text/query-param';

export const AUDIT_ACTIONS = [
  'auth.sign-in',
  'auth.sign-in-failed',
  'auth.sign-out',
  'auth.password-change',
  'user.create',
  'user.role-change',
  'user.disable',
  'user.enable',
  'user.password-reset',
  'revision.restore',
  'topic.create',
  'topic.import',
  'topic.publish',
  'topic.unpublish',
  'trash.move',
  'trash.restore',
  'trash.purge',
  'speaker.merge',
  'speaker.unmerge',
] as const;

const optionalDate = z
  .string()
  .trim()
  .regex(/^$|^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD · Dates are YYYY-MM-DD.')
  .transform((value) => value || undefined);

/** The audit screen's filters, from the query string: anything malformed is reported, not guessed. */
export const auditFilterSchema = z.object({
  action: z.enum(AUDIT_ACTIONS).or(z.literal('')).optional().transform((value) => value || undefined),
  actor: queryText(254).transform((value) => value || undefined),
  from: optionalDate.optional(),
  to: optionalDate.optional(),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;
