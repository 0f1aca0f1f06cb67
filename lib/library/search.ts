import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { quoteUsesOutside, type QuoteUse } from '@/lib/drafts/quote-uses';
import { affiliationLabel } from '@/lib/speakers/affiliation';
import type { InterviewRef, Quote, SpeakerRef, TopicRef } from '@/lib/topics/document';

// Type-ahead lookups for the editor's pickers. Small pages of results (ten), most recent
// first, so the analyst narrows by typing rather than scrolling.

const TAKE = 10;
const contains = (query: string) => ({ contains: query, mode: 'insensitive' as const });
const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const speakerSelect = {
  id: true,
  slug: true,
  name: true,
  affiliations: { orderBy: { position: 'asc' as const }, select: { organisation: true, startedOn: true, endedOn: true } },
};
const interviewSelect = { id: true, show: true, episodeTitle: true, episodeNumber: true, publishedOn: true, url: true };

type SpeakerRow = { id: string; slug: string; name: string; affiliations: { organisation: string; startedOn: Date | null; endedOn: Date | null }[] };
type InterviewRow = { id: string; show: string; episodeTitle: string; episodeNumber: string | null; publishedOn: Date | null; url: string | null };

export const toSpeakerRef = (s: SpeakerRow): SpeakerRef => ({ id: s.id, slug: s.slug, name: s.name, affiliation: affiliationLabel(s.affiliations) });
export const toInterviewRef = (i: InterviewRow): InterviewRef => ({ ...i, publishedOn: isoDate(i.publishedOn) });

export async function searchSpeakers(query: string): Promise<SpeakerRef[]> {
  await requireRole('ANALYST');
  const rows = await getDb().speaker.findMany({
    where: { deletedAt: null, mergedIntoId: null, ...(query ? { OR: [{ name: contains(query) }, { aliases: { has: query } }] } : {}) },
    orderBy: { updatedAt: 'desc' },
    take: TAKE,
    select: speakerSelect,
  });
  return rows.map(toSpeakerRef);
}

export async function searchInterviews(query: string): Promise<InterviewRef[]> {
  await requireRole('ANALYST');
  const rows = await getDb().interview.findMany({
    where: { deletedAt: null, ...(query ? { OR: [{ show: contains(query) }, { episodeTitle: contains(query) }, { episodeNumber: query }, { url: query }] } : {}) },
    orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
    take: TAKE,
    select: interviewSelect,
  });
  return rows.map(toInterviewRef);
}

/** `usedIn`: the topics citing it now, so the editor warns as soon as it is inserted. */
export type LibraryQuote = Quote & { useCount: number; usedIn: QuoteUse[] };

/** Quotes whose words (either language), speaker or interview match. */
export async function searchQuotes(query: string): Promise<LibraryQuote[]> {
  await requireRole('ANALYST');
  const db = getDb();
  const rows = await db.quote.findMany({
    where: {
      deletedAt: null,
      // A quote added to a draft and not typed yet has nothing to cite.
      NOT: { originalText: null, translationText: null },
      ...(query
        ? {
            OR: [
              { originalText: contains(query) },
              { translationText: contains(query) },
              { speakers: { some: { speaker: { name: contains(query) } } } },
              { interview: { show: contains(query) } },
            ],
          }
        : {}),
    },
    orderBy: { updatedAt: 'desc' },
    take: TAKE,
    select: {
      id: true,
      originalText: true,
      originalLang: true,
      translationText: true,
      translationLang: true,
      interview: { select: interviewSelect },
      speakers: { orderBy: { position: 'asc' }, select: { speaker: { select: speakerSelect } } },
      useCount: true,
    },
  });
  const usedIn = await quoteUsesOutside(db, rows.map((q) => q.id), null);
  return rows.map((q) => ({
    id: q.id,
    original: q.originalText ? { text: q.originalText, lang: q.originalLang ?? 'en' } : null,
    translation: q.translationText ? { text: q.translationText, lang: q.translationLang ?? 'zh' } : null,
    speakers: q.speakers.map(({ speaker }) => toSpeakerRef(speaker)),
    interview: q.interview ? toInterviewRef(q.interview) : null,
    useCount: q.useCount,
    usedIn: usedIn[q.id] ?? [],
  }));
}

export async function searchTopics(query: string): Promise<TopicRef[]> {
  await requireRole('ANALYST');
  return getDb().topic.findMany({
    where: { deletedAt: null, ...(query ? { OR: [{ titleZh: contains(query) }, { titleEn: contains(query) }, { slug: contains(query) }] } : {}) },
    orderBy: { updatedAt: 'desc' },
    take: TAKE,
    select: { id: true, slug: true, titleZh: true, titleEn: true },
  });
}
