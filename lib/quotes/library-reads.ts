import 'server-only';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { needsJudging, provenanceSelect, provenanceWhere, rowStatus, STATUS_SCAN_LIMIT } from '@/lib/provenance/library-status';
import type { QuoteStatus } from '@/lib/provenance/quote-status';
import type { QuoteFilter } from './schema';

// The quote library's listing without the role check (lib/quotes/queries.ts adds it); the
// benchmark calls it directly. Text filters use the trigram indexes on the quote's words.

export const QUOTE_PAGE = 50;

export type LibraryRow = {
  id: string;
  original: { text: string; lang: string } | null;
  translation: { text: string; lang: string } | null;
  speakers: string[];
  interview: string | null;
  /** The original changed after the translation was last written or reviewed. */
  stale: boolean;
  uses: { topicId: string; titleZh: string; place: string }[];
  /** Provenance: whether the quote matches what was said in its transcript (lib/provenance). */
  status: QuoteStatus;
  againstTranslation: boolean;
};

const contains = (value: string) => ({ contains: value, mode: 'insensitive' as const });

/**
 * The lower-cased character pairs of a filter value, from the database's own text_bigrams (the
 * function the triggers keep the `bigrams` columns with), so that a two-character word is
 * looked up in their GIN index: trigrams cannot find it.
 */
async function characterPairs(db: Database, value: string) {
  const [row] = await db.$queryRaw<[{ pairs: string[] }]>`SELECT text_bigrams(${value}) AS pairs`;
  return row.pairs;
}

/**
 * Quotes cited on the topics a "topic" filter names (slug, or words of a title): the topics,
 * then their camps' and points' quote blocks, each through an index, so the quote query
 * filters on ids instead of joining every block of the site.
 */
async function quotesOfTopics(db: Database, value: string) {
  const pairs = await characterPairs(db, value);
  const topics = await db.topic.findMany({
    where: { deletedAt: null, OR: [{ slug: value }, { bigrams: { hasEvery: pairs }, OR: [{ titleZh: contains(value) }, { titleEn: contains(value) }] }] },
    take: 100,
    select: { id: true },
  });
  if (topics.length === 0) return [];
  const sections = { where: { topicId: { in: topics.map((t) => t.id) } }, select: { blocks: { where: { quoteId: { not: null } }, select: { quoteId: true } } } } as const;
  const [camps, points] = await Promise.all([db.camp.findMany(sections), db.consensusPoint.findMany(sections)]);
  return [...new Set([...camps, ...points].flatMap((section) => section.blocks.map((block) => block.quoteId!)))];
}

/** What the filter needs looked up before the quote query: the quotes of named topics, a speaker name's character pairs. */
export type QuoteLookups = { topicQuotes?: string[]; speakerPairs?: string[] };

export function quoteWhere(db: Database, filter: QuoteFilter, lookups: QuoteLookups = {}): Prisma.QuoteWhereInput {
  const and: Prisma.QuoteWhereInput[] = [{ deletedAt: null }];
  if (filter.q) and.push({ OR: [{ originalText: contains(filter.q) }, { translationText: contains(filter.q) }] });
  if (filter.speaker) {
    const named = { OR: [{ name: contains(filter.speaker) }, { aliases: { has: filter.speaker } }] };
    and.push({ speakers: { some: { speaker: { bigrams: { hasEvery: lookups.speakerPairs ?? [] }, ...named } } } });
  }
  if (filter.interview) and.push({ interview: { OR: [{ show: contains(filter.interview) }, { episodeTitle: contains(filter.interview) }] } });
  if (filter.topic) and.push({ id: { in: lookups.topicQuotes ?? [] } });
  if (filter.lang) and.push({ OR: [{ originalLang: filter.lang }, { translationLang: filter.lang }] });
  if (filter.translation === 'yes') and.push({ translationText: { not: null } });
  if (filter.translation === 'no') and.push({ translationText: null });
  if (filter.used === 'used') and.push({ useCount: { gt: 0 } });
  if (filter.used === 'unused') and.push({ useCount: 0 });
  if (filter.stale) and.push({ originalText: { not: null }, translationText: { not: null }, translationUpdatedAt: { lt: db.quote.fields.originalUpdatedAt } });
  if (filter.status) and.push(provenanceWhere(filter.status));
  return { AND: and };
}

const owner = { select: { topic: { select: { id: true, titleZh: true, deletedAt: true } } } } as const;

export async function readQuoteLibrary(db: Database, filter: QuoteFilter) {
  const lookups: QuoteLookups = {
    topicQuotes: filter.topic ? await quotesOfTopics(db, filter.topic) : undefined,
    speakerPairs: filter.speaker ? await characterPairs(db, filter.speaker) : undefined,
  };
  const where = quoteWhere(db, filter, lookups);
  const fetch = (skip: number, take: number) => db.quote.findMany({
    where,
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    skip,
    take,
    select: {
      id: true,
      originalText: true,
      originalLang: true,
      translationText: true,
      translationLang: true,
      originalUpdatedAt: true,
      translationUpdatedAt: true,
      interview: { select: { show: true, episodeTitle: true } },
      speakers: { orderBy: { position: 'asc' }, select: { speaker: { select: { name: true } } } },
      blocks: { take: 20, select: { camp: { select: { label: true, ...owner.select } }, consensusPoint: { select: { position: true, ...owner.select } } } },
      ...provenanceSelect,
      interviewId: true,
    },
  });
  type Fetched = Awaited<ReturnType<typeof fetch>>[number];
  const withTranscripts = async (list: Fetched[]) => {
    const ids = [...new Set(list.flatMap((q) => (q.interviewId && !q.anchor ? [q.interviewId] : [])))];
    const found = ids.length ? await db.transcript.findMany({ where: { interviewId: { in: ids } }, distinct: ['interviewId'], select: { interviewId: true } }) : [];
    return new Set(found.map((t) => t.interviewId));
  };
  let rows: Fetched[];
  if (needsJudging(filter.status)) {
    // Verified or differs: judged in code, newest first, in batches, up to STATUS_SCAN_LIMIT.
    const wanted = filter.page * QUOTE_PAGE + 1;
    const matching: Fetched[] = [];
    for (let scanned = 0; matching.length < wanted && scanned < STATUS_SCAN_LIMIT; scanned += 500) {
      const batch = await fetch(scanned, 500);
      matching.push(...batch.filter((q) => rowStatus(q, true).status === filter.status));
      if (batch.length < 500) break;
    }
    rows = matching.slice((filter.page - 1) * QUOTE_PAGE);
  } else {
    rows = await fetch((filter.page - 1) * QUOTE_PAGE, QUOTE_PAGE + 1);
  }
  const transcribed = await withTranscripts(rows.slice(0, QUOTE_PAGE));
  const page: LibraryRow[] = rows.slice(0, QUOTE_PAGE).map((q) => ({
    ...rowStatus(q, Boolean(q.interviewId && transcribed.has(q.interviewId))),
    id: q.id,
    original: q.originalText ? { text: q.originalText, lang: q.originalLang ?? 'en' } : null,
    translation: q.translationText ? { text: q.translationText, lang: q.translationLang ?? 'zh' } : null,
    speakers: q.speakers.map((s) => s.speaker.name),
    interview: q.interview ? `${q.interview.show} · ${q.interview.episodeTitle}` : null,
    stale: Boolean(q.originalText && q.translationText && (!q.translationUpdatedAt || q.translationUpdatedAt < q.originalUpdatedAt)),
    uses: q.blocks.flatMap((block) => {
      const where = block.camp ?? block.consensusPoint;
      if (!where || where.topic.deletedAt) return [];
      return [{ topicId: where.topic.id, titleZh: where.topic.titleZh, place: block.camp ? `阵营 ${block.camp.label}` : `共识 ${(block.consensusPoint?.position ?? 0) + 1}` }];
    }),
  }));
  return { rows: page, hasMore: rows.length > QUOTE_PAGE };
}
