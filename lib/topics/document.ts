// The single definition of a "topic document": the whole topic page as one JSON value.
// Revisions store it, the public page and the editor's preview render it, and later the diff,
// import and export speak it. No server-only here: client forms validate with it too.
//
// This is the *draft* schema: structure and limits (types, ids, lengths, the slug's form, no
// control characters). A draft may be incomplete — an empty stance, a quote not yet typed — and
// is saved as it is; what publishing requires on top is lib/topics/publishable.ts. Every
// message is bilingual (document-messages.ts), whoever reads it.
import { z } from 'zod';
import { documentError } from './document-messages';

export const TOPIC_DOCUMENT_VERSION = 1;

export const LIMITS = {
  title: 200,
  quote: 5_000,
  paragraph: 20_000,
  camps: 50,
  blocks: 2_000,
  /** The line an inferred speaker was named in, as kept on the quote. */
  inferredFrom: 500,
} as const;

export const CONFIDENCE_LEVELS = ['LOW', 'MEDIUM_LOW', 'MEDIUM', 'MEDIUM_HIGH', 'HIGH'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** Zod asks this for every message, so none reaches anyone in Zod's own English. */
const e = { error: documentError };
const str = () => z.string(e);
const id = str().min(1).max(64);
// NUL cannot be stored in PostgreSQL text; other control characters have no place in a page.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const text = (max: number) => str().max(max).refine((value) => !CONTROL.test(value), { message: '含有控制字符 · Contains control characters' });
const language = str().min(2).max(16);
const isoDate = z.iso.date(e);

export const speakerRefSchema = z.object({
  id,
  slug: str(),
  name: str().min(1).max(LIMITS.title),
  /** As the page shows it: "OpenAI", "former OpenAI", or null. */
  affiliation: str().max(LIMITS.title).nullable(),
}, e);

export const interviewRefSchema = z.object({
  id,
  show: str().min(1).max(LIMITS.title),
  episodeTitle: str().max(500),
  episodeNumber: str().max(32).nullable(),
  publishedOn: isoDate.nullable(),
  url: z.url({ protocol: /^https?$/, ...e }).nullable(),
}, e);

export const topicRefSchema = z.object({
  id,
  slug: str(),
  titleZh: str(),
  titleEn: str(),
}, e);

// An empty side of a quote is no side at all (null), so a side that is there has text.
const localizedText = z.object({ text: text(LIMITS.quote).min(1), lang: language }, e);

/**
 * Where a quote was said (issue 20, lib/provenance): a W3C TextQuoteSelector into one of its
 * interview's transcripts (exact text with prefix and suffix) and the time range, in ms.
 * `target` names the text of the quote it checks; `lost` is set when a re-imported transcript
 * no longer holds the exact text; `differenceNote` is the reason given for a quote that differs
 * ("edited for length"); `passage` is the transcript around it, present only when the
 * transcript is public. Optional: documents without it are unchanged.
 */
export const quoteAnchorSchema = z.object({
  transcriptId: id,
  target: z.enum(['original', 'translation'], e),
  lang: language,
  exact: str().max(LIMITS.paragraph),
  prefix: str().max(LIMITS.title),
  suffix: str().max(LIMITS.title),
  startMs: z.number(e).int().min(0),
  endMs: z.number(e).int().min(0),
  lost: z.boolean(e),
  differenceNote: str().max(500).nullable(),
  passage: str().max(LIMITS.paragraph).nullable(),
}, e);

/** A quote with neither side is a draft being written; publishing refuses it (publishable.ts). */
export const quoteSchema = z.object({
  id,
  original: localizedText.nullable(),
  translation: localizedText.nullable(),
  speakers: z.array(speakerRefSchema, e),
  interview: interviewRefSchema.nullable(),
  anchor: quoteAnchorSchema.optional(),
}, e);

export const blockSchema = z.discriminatedUnion('kind', [
  z.object({ id, kind: z.literal('paragraph', e), text: text(LIMITS.paragraph) }, e),
  z.object({ id, kind: z.literal('note', e), text: text(LIMITS.paragraph) }, e),
  z.object({
    id,
    kind: z.literal('paraphrase', e),
    text: text(LIMITS.paragraph),
    reason: text(500),
    speaker: speakerRefSchema.nullable(),
    interview: interviewRefSchema.nullable(),
  }, e),
  z.object({
    id,
    kind: z.literal('quote', e),
    quote: quoteSchema,
    seeAlso: topicRefSchema.nullable(),
    /**
     * Set when the importer took the speakers from the text before the quote (that line, as
     * written) and no analyst has confirmed them yet; null or absent once confirmed or when an
     * attribution line named them. Readers see the speakers either way.
     */
    speakersInferredFrom: text(LIMITS.inferredFrom).nullable().optional(),
  }, e),
], e);

export const consensusPointSchema = z.object({
  id,
  statement: text(LIMITS.paragraph),
  blocks: z.array(blockSchema, e),
}, e);

export const campSchema = z.object({
  id,
  label: text(8),
  /** The analyst chose the label: it does not follow the camp's position (lib/topics/camp-labels.ts). */
  labelPinned: z.boolean().optional(),
  /** The anchor the camp kept when its letter changed (#camp-b after becoming 阵营 A); absent: its label's. */
  anchor: z.string().min(1).max(16).nullable().optional(),
  stance: text(LIMITS.title),
  holders: text(LIMITS.title),
  members: z.array(speakerRefSchema, e),
  blocks: z.array(blockSchema, e),
}, e);

export const listItemSchema = z.object({ id, text: text(LIMITS.paragraph) }, e);

export const editorViewSchema = z.object({
  judgment: text(LIMITS.paragraph),
  confidence: z.enum(CONFIDENCE_LEVELS, e),
  strongestSupport: text(LIMITS.paragraph),
  weakestLink: text(LIMITS.paragraph),
}, e);

export const changelogEntrySchema = z.object({
  id,
  date: isoDate,
  text: text(LIMITS.paragraph),
  /** The publish this line describes (its /topics/[slug]/v/[n]); absent for hand-written lines. */
  publishNumber: z.number(e).int().min(1).nullable().optional(),
}, e);

export const topicDocumentSchema = z
  .object({
    schemaVersion: z.literal(TOPIC_DOCUMENT_VERSION, e),
    id,
    slug: str().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    titleZh: text(LIMITS.title),
    titleEn: text(LIMITS.title),
    changelog: z.array(changelogEntrySchema, e),
    consensus: z.array(consensusPointSchema, e),
    camps: z.array(campSchema, e).max(LIMITS.camps),
    blindSpots: z.array(listItemSchema, e),
    view: editorViewSchema.nullable(),
    openQuestions: z.array(listItemSchema, e),
    sources: z.array(interviewRefSchema, e),
    sisterTopics: z.array(topicRefSchema, e),
  }, e)
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
export type QuoteAnchor = z.infer<typeof quoteAnchorSchema>;
export type Block = z.infer<typeof blockSchema>;
export type ConsensusPoint = z.infer<typeof consensusPointSchema>;
export type Camp = z.infer<typeof campSchema>;
export type EditorView = z.infer<typeof editorViewSchema>;
export type TopicDocument = z.infer<typeof topicDocumentSchema>;
