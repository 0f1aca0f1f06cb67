import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db';
import { affiliationLabel } from '@/lib/speakers/affiliation';
import {
  TOPIC_DOCUMENT_VERSION,
  topicDocumentSchema,
  type Block,
  type InterviewRef,
  type Quote,
  type QuoteAnchor,
  type SpeakerRef,
  type TopicDocument,
} from './document';

// Builds the topic document from the normalised working draft. The select tree is fixed, so
// the number of SQL queries does not grow with the number of camps, blocks or quotes.

type Client = Database | Prisma.TransactionClient;

const byPosition = { orderBy: { position: 'asc' } } as const;

export const speakerSelect = {
  id: true,
  slug: true,
  name: true,
  affiliations: { ...byPosition, select: { organisation: true, startedOn: true, endedOn: true } },
} satisfies Prisma.SpeakerSelect;

export const interviewSelect = {
  id: true,
  show: true,
  episodeTitle: true,
  episodeNumber: true,
  publishedOn: true,
  url: true,
} satisfies Prisma.InterviewSelect;

export const topicRefSelect = { id: true, slug: true, titleZh: true, titleEn: true } satisfies Prisma.TopicSelect;

export const quoteSelect = {
  id: true,
  originalText: true,
  originalLang: true,
  translationText: true,
  translationLang: true,
  interview: { select: interviewSelect },
  speakers: { ...byPosition, select: { speaker: { select: speakerSelect } } },
  anchor: {
    select: {
      transcriptId: true,
      target: true,
      exact: true,
      prefix: true,
      suffix: true,
      startMs: true,
      endMs: true,
      lost: true,
      differenceNote: true,
      passage: true,
      transcript: { select: { language: true, isPublic: true } },
    },
  },
} satisfies Prisma.QuoteSelect;

const blockSelect = {
  id: true,
  kind: true,
  text: true,
  reason: true,
  speaker: { select: speakerSelect },
  interview: { select: interviewSelect },
  seeAlsoTopic: { select: topicRefSelect },
  quote: { select: quoteSelect },
  speakersInferredFrom: true,
} satisfies Prisma.BlockSelect;

const draftSelect = {
  id: true,
  slug: true,
  titleZh: true,
  titleEn: true,
  changelog: {
    orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
    select: { id: true, date: true, text: true, revision: { select: { publishNumber: true } } },
  },
  consensusPoints: { ...byPosition, select: { id: true, statement: true, blocks: { ...byPosition, select: blockSelect } } },
  camps: {
    ...byPosition,
    select: {
      id: true,
      label: true,
      labelPinned: true,
      anchor: true,
      stance: true,
      holders: true,
      members: { ...byPosition, select: { speaker: { select: speakerSelect } } },
      blocks: { ...byPosition, select: blockSelect },
    },
  },
  listItems: { ...byPosition, select: { id: true, kind: true, text: true } },
  view: { select: { judgment: true, confidence: true, strongestSupport: true, weakestLink: true } },
  sources: { ...byPosition, select: { interview: { select: interviewSelect } } },
  links: { ...byPosition, select: { to: { select: topicRefSelect } } },
} satisfies Prisma.TopicSelect;

type SpeakerRow = Prisma.SpeakerGetPayload<{ select: typeof speakerSelect }>;
type InterviewRow = Prisma.InterviewGetPayload<{ select: typeof interviewSelect }>;
type BlockRow = Prisma.BlockGetPayload<{ select: typeof blockSelect }>;
type QuoteRow = Prisma.QuoteGetPayload<{ select: typeof quoteSelect }>;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function toSpeakerRef(speaker: SpeakerRow): SpeakerRef {
  return { id: speaker.id, slug: speaker.slug, name: speaker.name, affiliation: affiliationLabel(speaker.affiliations) };
}

export function toInterviewRef(interview: InterviewRow): InterviewRef {
  return {
    id: interview.id,
    show: interview.show,
    episodeTitle: interview.episodeTitle,
    episodeNumber: interview.episodeNumber,
    publishedOn: interview.publishedOn ? isoDate(interview.publishedOn) : null,
    url: interview.url,
  };
}

export function toQuote(quote: QuoteRow): Quote {
  return {
    id: quote.id,
    original: quote.originalText ? { text: quote.originalText, lang: quote.originalLang ?? 'en' } : null,
    translation: quote.translationText ? { text: quote.translationText, lang: quote.translationLang ?? 'zh' } : null,
    speakers: quote.speakers.map(({ speaker }) => toSpeakerRef(speaker)),
    interview: quote.interview ? toInterviewRef(quote.interview) : null,
    ...(quote.anchor ? { anchor: toQuoteAnchor(quote.anchor) } : {}),
  };
}

/** The anchor as documents carry it; the passage only when the transcript is public. */
export function toQuoteAnchor(anchor: NonNullable<QuoteRow['anchor']>): QuoteAnchor {
  const { transcript, passage, target, ...rest } = anchor;
  return {
    ...rest,
    target: target === 'translation' ? 'translation' : 'original',
    lang: transcript.language,
    passage: transcript.isPublic && passage ? passage : null,
  };
}

function toBlock(block: BlockRow): Block {
  switch (block.kind) {
    case 'PARAGRAPH':
      return { id: block.id, kind: 'paragraph', text: block.text };
    case 'NOTE':
      return { id: block.id, kind: 'note', text: block.text };
    case 'PARAPHRASE':
      return {
        id: block.id,
        kind: 'paraphrase',
        text: block.text,
        reason: block.reason ?? '',
        speaker: block.speaker ? toSpeakerRef(block.speaker) : null,
        interview: block.interview ? toInterviewRef(block.interview) : null,
      };
    case 'QUOTE':
      // A CHECK constraint guarantees a quote block has its quote.
      return {
        id: block.id,
        kind: 'quote',
        seeAlso: block.seeAlsoTopic,
        quote: toQuote(block.quote!),
        // Only present while unconfirmed, so documents of confirmed quotes are as they always were.
        ...(block.speakersInferredFrom ? { speakersInferredFrom: block.speakersInferredFrom } : {}),
      };
  }
}

/** The draft as a validated topic document, or null if the topic does not exist. */
export async function loadDraftDocument(db: Client, topicId: string): Promise<TopicDocument | null> {
  const topic = await db.topic.findUnique({ where: { id: topicId }, select: draftSelect });
  if (!topic) return null;
  const document: TopicDocument = {
    schemaVersion: TOPIC_DOCUMENT_VERSION,
    id: topic.id,
    slug: topic.slug,
    titleZh: topic.titleZh,
    titleEn: topic.titleEn,
    changelog: topic.changelog.map((entry) => ({
      id: entry.id,
      date: isoDate(entry.date),
      text: entry.text,
      publishNumber: entry.revision?.publishNumber ?? null,
    })),
    consensus: topic.consensusPoints.map((point) => ({
      id: point.id,
      statement: point.statement,
      blocks: point.blocks.map(toBlock),
    })),
    camps: topic.camps.map((camp) => ({
      id: camp.id,
      label: camp.label,
      // Only when set: documents without pins or kept anchors stay as they were written.
      ...(camp.labelPinned ? { labelPinned: true } : {}),
      ...(camp.anchor ? { anchor: camp.anchor } : {}),
      stance: camp.stance,
      holders: camp.holders,
      members: camp.members.map(({ speaker }) => toSpeakerRef(speaker)),
      blocks: camp.blocks.map(toBlock),
    })),
    blindSpots: topic.listItems.filter((item) => item.kind === 'BLIND_SPOT').map(({ id, text }) => ({ id, text })),
    view: topic.view,
    openQuestions: topic.listItems
      .filter((item) => item.kind === 'OPEN_QUESTION')
      .map(({ id, text }) => ({ id, text })),
    sources: topic.sources.map(({ interview }) => toInterviewRef(interview)),
    sisterTopics: topic.links.map(({ to }) => to),
  };
  return topicDocumentSchema.parse(document);
}
