import 'server-only';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
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
};

const contains = (value: string) => ({ contains: value, mode: 'insensitive' as const });

/** Topics a "topic" filter names (slug, or words of a title): looked up first, so the quote query joins on ids. */
async function topicIds(db: Database, value: string) {
  const topics = await db.topic.findMany({
    where: { deletedAt: null, OR: [{ slug: value }, { titleZh: contains(value) }, { titleEn: contains(value) }] },
    take: 100,
    select: { id: true },
  });
  return topics.map((t) => t.id);
}

export function quoteWhere(db: Database, filter: QuoteFilter, topics: string[] = []): Prisma.QuoteWhereInput {
  const and: Prisma.QuoteWhereInput[] = [{ deletedAt: null }];
  if (filter.q) and.push({ OR: [{ originalText: contains(filter.q) }, { translationText: contains(filter.q) }] });
  if (filter.speaker) and.push({ speakers: { some: { speaker: { OR: [{ name: contains(filter.speaker) }, { aliases: { has: filter.speaker } }] } } } });
  if (filter.interview) and.push({ interview: { OR: [{ show: contains(filter.interview) }, { episodeTitle: contains(filter.interview) }] } });
  if (filter.topic) and.push({ blocks: { some: { OR: [{ camp: { topicId: { in: topics } } }, { consensusPoint: { topicId: { in: topics } } }] } } });
  if (filter.lang) and.push({ OR: [{ originalLang: filter.lang }, { translationLang: filter.lang }] });
  if (filter.translation === 'yes') and.push({ translationText: { not: null } });
  if (filter.translation === 'no') and.push({ translationText: null });
  if (filter.used === 'used') and.push({ useCount: { gt: 0 } });
  if (filter.used === 'unused') and.push({ useCount: 0 });
  if (filter.stale) and.push({ originalText: { not: null }, translationText: { not: null }, translationUpdatedAt: { lt: db.quote.fields.originalUpdatedAt } });
  return { AND: and };
}

const owner = { select: { topic: { select: { id: true, titleZh: true, deletedAt: true } } } } as const;

export async function readQuoteLibrary(db: Database, filter: QuoteFilter) {
  const topics = filter.topic ? await topicIds(db, filter.topic) : [];
  const rows = await db.quote.findMany({
    where: quoteWhere(db, filter, topics),
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    skip: (filter.page - 1) * QUOTE_PAGE,
    take: QUOTE_PAGE + 1,
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
    },
  });
  const page: LibraryRow[] = rows.slice(0, QUOTE_PAGE).map((q) => ({
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
