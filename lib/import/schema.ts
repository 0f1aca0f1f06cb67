import { z } from 'zod';

export const importOptionsSchema = z.object({
  slug: z
    .string()
    .trim()
    .max(80, '最多 80 个字符 · 80 characters at most.')
    .regex(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能用小写字母、数字和连字符 · Lower-case letters, digits and hyphens only.')
    .transform((slug) => slug || undefined),
  publish: z.literal('on').optional().transform((value) => value === 'on'),
});

/** The confirm step re-posts the previewed text, so what is written is exactly what was previewed. */
export const confirmImportSchema = importOptionsSchema.extend({
  document: z.string().min(1, '没有要导入的内容 · Nothing to import.').max(5 * 1024 * 1024),
  /** The uploaded file's name, for the revision message and the audit log. */
  source: z.string().trim().max(200).transform((name) => name || undefined),
});
