// The interview form (create and edit). The quick form inside the quote editor uses the same
// core fields (lib/library/schema.ts).
import { z } from 'zod';
import { newInterviewSchema } from '@/lib/library/schema';

const language = z.string().trim().max(16, '最多 16 个字符 · At most 16 characters');

export const interviewFormSchema = newInterviewSchema.extend({
  spokenLanguage: language.min(2, '如 en、zh · e.g. en, zh'),
  transcriptLanguage: language.transform((value) => value || null),
  transcriptNotes: z.string().trim().max(500, '最多 500 个字符 · At most 500 characters'),
  notes: z.string().trim().max(5_000, '最多 5000 个字符 · At most 5,000 characters'),
});

export type InterviewFormInput = z.infer<typeof interviewFormSchema>;
