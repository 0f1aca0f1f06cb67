// The new-topic form, shared by the form and the mutation.
import { z } from 'zod';
import { LIMITS } from '@/lib/topics/document';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const newTopicSchema = z.object({
  titleZh: z.string().trim().min(1, '必填 · Required').max(LIMITS.title, `最多 ${LIMITS.title} 个字符 · At most ${LIMITS.title} characters`),
  titleEn: z.string().trim().min(1, '必填 · Required').max(LIMITS.title, `最多 ${LIMITS.title} 个字符 · At most ${LIMITS.title} characters`),
  slug: z
    .string()
    .trim()
    .min(1, '必填 · Required')
    .max(80, '最多 80 个字符 · At most 80 characters')
    .regex(SLUG_PATTERN, '只能用小写字母、数字和连字符 · Lower-case letters, digits and hyphens only'),
});

export type NewTopicInput = z.infer<typeof newTopicSchema>;

export const publishSchema = z.object({
  topicId: z.string().min(1).max(64),
  expectedVersion: z.number().int().min(1),
  changelogLine: z.string().trim().max(LIMITS.paragraph).default(''),
});
