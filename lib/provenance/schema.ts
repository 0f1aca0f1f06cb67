import { z } from 'zod';
import { LIMITS } from '@/lib/topics/document';

// Input of the provenance actions, parsed before anything else runs.

const id = z.string().min(1).max(64);
// As the topic document refuses them (lib/topics/document.ts): a control character in a quote
// would make the draft unreadable later.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const clean = (schema: z.ZodString) => schema.refine((value) => !CONTROL.test(value), { message: '含有控制字符 · Contains control characters' });
const point = z.object({ position: z.number().int().min(0).max(100_000), offset: z.number().int().min(0).max(100_000) });

export const clipSelectionSchema = z.object({ transcriptId: id, start: point, end: point });
export type ClipSelection = z.infer<typeof clipSelectionSchema>;

export const clipQuoteSchema = clipSelectionSchema.extend({
  translation: clean(z.string().trim().max(LIMITS.quote)).nullable(),
});
export type ClipQuoteInput = z.infer<typeof clipQuoteSchema>;

export const acceptAnchorsSchema = z.object({
  topicId: id,
  anchors: z
    .array(
      z.object({
        quoteId: id,
        transcriptId: id,
        target: z.enum(['original', 'translation']),
        exact: z.string().min(1).max(LIMITS.paragraph),
        prefix: z.string().max(LIMITS.title),
        suffix: z.string().max(LIMITS.title),
      }),
    )
    .min(1)
    .max(2_000),
});
export type AcceptAnchorsInput = z.infer<typeof acceptAnchorsSchema>;

export const differenceNoteSchema = z.object({
  topicId: id,
  quoteId: id,
  note: clean(z.string().trim().max(500)).nullable(),
});
export type DifferenceNoteInput = z.infer<typeof differenceNoteSchema>;

export const topicIdSchema = z.object({ topicId: id });
