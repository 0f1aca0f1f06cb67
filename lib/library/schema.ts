// Forms that add to the shared library from inside the editor (a new speaker or interview on
// the spot). Shared by the browser forms and the mutations.
import { z } from 'zod';
import { LIMITS } from '@/lib/topics/document';

const required = (max: number) =>
  z.string().trim().min(1, '必填 · Required').max(max, `最多 ${max} 个字符 · At most ${max} characters`);
const optional = (max: number) =>
  z.string().trim().max(max, `最多 ${max} 个字符 · At most ${max} characters`).transform((value) => value || null);

export const newSpeakerSchema = z.object({
  name: required(LIMITS.title),
  organisation: optional(LIMITS.title),
});

export const newInterviewSchema = z.object({
  show: required(LIMITS.title),
  episodeTitle: required(500),
  episodeNumber: optional(32),
  publishedOn: z
    .string()
    .trim()
    .regex(/^$|^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD · Dates are YYYY-MM-DD')
    .transform((value) => value || null),
  url: z
    .string()
    .trim()
    .max(2_000)
    .refine((value) => value === '' || /^https?:\/\/\S+$/i.test(value), '请输入 http(s) 链接 · Enter an http(s) link')
    .transform((value) => value || null),
});

export const librarySearchSchema = z.object({
  kind: z.enum(['speaker', 'interview', 'quote', 'topic']),
  query: z.string().trim().max(200),
});

export type NewSpeakerInput = z.infer<typeof newSpeakerSchema>;
export type NewInterviewInput = z.infer<typeof newInterviewSchema>;
