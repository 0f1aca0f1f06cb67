import { z } from 'zod';
import { TRANSCRIPT_LIMITS } from './parse/types';

// Input of the transcript actions, shared by the forms and the server.

const id = z.string().min(1).max(64);
export const languageSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/, '语言代码如 en、zh · A language code such as en or zh');

export const importTranscriptSchema = z.object({
  interviewId: id,
  language: languageSchema.optional(),
  fileName: z.string().max(300).optional(),
  source: z.string().min(1, '文件是空的 · The file is empty').max(TRANSCRIPT_LIMITS.bytes),
});
export type ImportTranscriptInput = z.infer<typeof importTranscriptSchema>;

export const confirmLabelsSchema = z.object({
  interviewId: id,
  labels: z.array(z.object({ label: z.string().min(1).max(TRANSCRIPT_LIMITS.label), speakerId: id.nullable() })).max(200),
});
export type ConfirmLabelsInput = z.infer<typeof confirmLabelsSchema>;

export const transcriptVisibilitySchema = z.object({ transcriptId: id, isPublic: z.boolean() });

export const transcriptSearchSchema = z.object({
  query: z.string().max(200),
  interviewId: id.optional(),
});
