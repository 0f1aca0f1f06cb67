// The single definition of a "topic document": the whole topic page as one JSON value.
// Revisions store it, the public page and the editor's preview render it, and later the diff,
// import and export speak it. No server-only here: client forms validate with it too.
import { z } from 'zod';

export const TOPIC_DOCUMENT_VERSION = 1;

export const LIMITS = {
  title: 200,
  quote: 5_000,
  paragraph: 20_000,
  camps: 50,
  blocks: 2_000,
} as const;

export const CONFIDENCE_LEVELS = ['LOW', 'MEDIUM_LOW', 'MEDIUM', 'MEDIUM_HIGH', 'HIGH'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

const id = z.string().min(1).max(64);
// NUL cannot be stored in PostgreSQL text; other control characters have no place in a page.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const text = (max: number) => z.string().max(max).refine((value) => !CONTROL.test(value), { message: '含有控制字符 · Contains control characters' });
const language = z.string().min(2).max(16);
const isoDate = z.iso.date();

export const speakerRefSchema = z.object({
  id,
  slug: z.string(),
  name: z.string().min(1).max(LIMITS.title),
  /** As the page shows it: "OpenAI", "former OpenAI", or null. */
  affiliation: z.string().max(LIMITS.title).nullable(),
});

export const interviewRefSchema = z.object({
  id,
  show: z.string().min(1).max(LIMITS.title),
  episodeTitle: z.string().max(500),
  episodeNumber: z.string().max(32).nullable(),
  publishedOn: isoDate.nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
});

export const topicRefSchema = z.object({
  id,
  slug: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
});

const localizedText = z.object({ text: text(LIMITS.quote).min(1), lang: language });

export const quoteSchema = z
  .object({
    id,
    original: localizedText.nullable(),
    translation: localizedText.nullable(),
    speakers: z.array(speakerRefSchema),
    interview: interviewRefSchema.nullable(),
  })
  .refine((quote) => quote.original || quote.translation, {
    message: 'A quote needs its original text, a translation, or both.',
  });

export const blockSchema = z.discriminatedUnion('kind', [
  z.object({ id, kind: z.literal('paragraph'), text: text(LIMITS.paragraph).min(1) }),
  z.object({ id, kind: z.literal('note'), text: text(LIMITS.paragraph).min(1) }),
  z.object({
    id,
    kind: z.literal('paraphrase'),
    text: text(LIMITS.paragraph).min(1),
    reason: text(500),
    speaker: speakerRefSchema.nullable(),
    interview: interviewRefSchema.nullable(),
  }),
  z.object({ id, kind: z.literal('quote'), quote: quoteSchema, seeAlso: topicRefSchema.nullable() }),
]);

export const consensusPointSchema = z.object({
  id,
  statement: text(LIMITS.paragraph).min(1),
  blocks: z.array(blockSchema),
});

export const campSchema = z.object({
  id,
  label: z.string().min(1).max(8),
  stance: text(LIMITS.title).min(1),
  holders: text(LIMITS.title),
  members: z.array(speakerRefSchema),
  blocks: z.array(blockSchema),
});

export const listItemSchema = z.object({ id, text: text(LIMITS.paragraph).min(1) });

export const editorViewSchema = z.object({
  judgment: text(LIMITS.paragraph).min(1),
  confidence: z.enum(CONFIDENCE_LEVELS),
  strongestSupport: text(LIMITS.paragraph),
  weakestLink: text(LIMITS.paragraph),
});

export const changelogEntrySchema = z.object({
  id,
  date: isoDate,
  text: text(LIMITS.paragraph).min(1),
  /** The publish this line describes (its /topics/[slug]/v/[n]); absent for hand-written lines. */
  publishNumber: z.number().int().min(1).nullable().optional(),
});

export const topicDocumentSchema = z
  .object({
    schemaVersion: z.literal(TOPIC_DOCUMENT_VERSION),
    id,
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    titleZh: text(LIMITS.title).min(1),
    titleEn: text(LIMITS.title).min(1),
    changelog: z.array(changelogEntrySchema),
    consensus: z.array(consensusPointSchema),
    camps: z.array(campSchema).max(LIMITS.camps),
    blindSpots: z.array(listItemSchema),
    view: editorViewSchema.nullable(),
    openQuestions: z.array(listItemSchema),
    sources: z.array(interviewRefSchema),
    sisterTopics: z.array(topicRefSchema),
  })
  .refine(
    (doc) =>
      [...doc.consensus, ...doc.camps].reduce((count, section) => count + section.blocks.length, 0) <=
      LIMITS.blocks,
    { message: `一个主题最多 ${LIMITS.blocks} 块 · A topic holds at most ${LIMITS.blocks} blocks.` },
  );

export type SpeakerRef = z.infer<typeof speakerRefSchema>;
export type InterviewRef = z.infer<typeof interviewRefSchema>;
export type TopicRef = z.infer<typeof topicRefSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Block = z.infer<typeof blockSchema>;
export type ConsensusPoint = z.infer<typeof consensusPointSchema>;
export type Camp = z.infer<typeof campSchema>;
export type EditorView = z.infer<typeof editorViewSchema>;
export type TopicDocument = z.infer<typeof topicDocumentSchema>;
