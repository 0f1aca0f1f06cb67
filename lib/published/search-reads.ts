import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseSearchQuery } from '@/lib/search/query';
import { publishedReader, type PublishedReader } from './reader';

// Site search over what readers can see: the published pages' text (SearchEntry, part of the
// published record), and the speakers and interviews that appear on them. A query is parsed by
// lib/search/query.ts: every term must occur, compared folded (NFKC and lower case, the form
// the database keeps in SearchEntry.folded); titles and quotes rank above points, camps and
// body text, newer pages first. At scale (10,000 pages) a common term walks the entries in
// result order and stops after the first 80 hits; a rare one, or one found only in lower-ranked
// text, is found through an index (trigrams, or character pairs for the terms trigrams cannot
// find) — searchEntries below.

export type SearchHit = {
  kind: 'TOPIC' | 'POINT' | 'CAMP' | 'QUOTE' | 'PARAPHRASE' | 'TEXT';
  href: string;
  topic: string;
  context: string;
  text: string;
};
export type SpeakerHit = { slug: string; name: string; aliases: string[] };
export type InterviewHit = { id: string; show: string; episodeTitle: string; publishedOn: string | null };
export type SearchResults = { terms: string[]; hits: SearchHit[]; speakers: SpeakerHit[]; interviews: InterviewHit[] };

const LIMIT = 80;
const like = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const folded = (column: Prisma.Sql) => Prisma.sql`lower(normalize(${column}, NFKC))`;
const all = (column: Prisma.Sql, terms: string[]) => Prisma.join(terms.map((term) => Prisma.sql`${folded(column)} LIKE ${like(term)}`), ' AND ');
const hasPairs = (term: string) => [...term].length >= 2;
/**
 * The rows holding every character pair of the terms, through the GIN index on `bigrams` (kept
 * by a trigger with the same text_bigrams function, which folds as the terms are folded); the
 * LIKE then checks the terms. A term of one character has no pair and is checked by LIKE alone.
 */
const pairs = (column: Prisma.Sql, terms: string[]) =>
  terms.length ? Prisma.sql`${Prisma.join(terms.map((term) => Prisma.sql`${column} @> text_bigrams(${term})`), ' AND ')} AND` : Prisma.empty;
/**
 * Terms the trigram index of the published text cannot find: fewer than three ASCII letters or
 * digits in a row (Chinese words, "ai", "c++"). Other terms keep to the trigram index, whose
 * row estimates are exact enough for the planner to walk a common term in result order.
 */
const trigramBlind = (term: string) => hasPairs(term) && !/[a-z0-9]{3}/.test(term);
/**
 * The published text holding every term. A trigram-blind term goes through its character
 * pairs; one of two characters is its own pair, so the pair alone decides and the planner,
 * folding the length test, estimates it from the pairs' statistics alone.
 */
const publishedTextHas = (terms: string[]) =>
  Prisma.join(
    terms.map((term) =>
      trigramBlind(term)
        ? Prisma.sql`e.bigrams @> text_bigrams(${term}) AND (char_length(${term}) = 2 OR e.folded LIKE ${like(term)})`
        : Prisma.sql`e.folded LIKE ${like(term)}`,
    ),
    ' AND ',
  );

type HitRow = Omit<SearchHit, 'href' | 'topic'> & { anchor: string; slug: string; titleZh: string; titleEn: string };
const hitColumns = Prisma.sql`e.kind::text AS kind, e.anchor, e.context, e.text, t.slug, t."titleZh", t."titleEn"`;

/**
 * How many entries, in result order, a search reads for a page of hits before it asks the text
 * indexes for every match instead (about 10 ms of reading). Read in order, a common term fills
 * its page early; but a term found only far down (in body text, which ranks last) was walked
 * through every title and quote first — 126,000 entries and 70–270 ms for one English word on
 * the 10,000-topic site — because the planner expects matches to be spread evenly.
 */
const HEAD_ENTRIES = 10_000;

/** The first page of published text holding every term, in result order. */
async function searchEntries(db: PublishedReader, terms: string[]): Promise<HitRow[]> {
  // The head: the first entries in result order, walked through their index, stopping at a page.
  // A page found there is the first page of all (nothing before it was skipped).
  const head = await db.$queryRaw<HitRow[]>`
    SELECT ${hitColumns}
    FROM (SELECT * FROM "SearchEntry" ORDER BY weight DESC, "publishedAt" DESC, id LIMIT ${HEAD_ENTRIES}) e
    JOIN "PublishedTopic" t ON t."topicId" = e."topicId"
    WHERE ${publishedTextHas(terms)}
    ORDER BY e.weight DESC, e."publishedAt" DESC, e.id
    LIMIT ${LIMIT}`;
  if (head.length === LIMIT) return head;
  // Fewer: the term is rare, or found mostly further down. Every match, through the trigram or
  // character-pair index, then the first page of them.
  return db.$queryRaw<HitRow[]>`
    WITH found AS MATERIALIZED (
      SELECT e.kind, e.anchor, e.context, e.text, e."topicId", e.weight, e."publishedAt", e.id FROM "SearchEntry" e WHERE ${publishedTextHas(terms)}
    ), e AS (
      SELECT * FROM found ORDER BY weight DESC, "publishedAt" DESC, id LIMIT ${LIMIT}
    )
    SELECT ${hitColumns}
    FROM e JOIN "PublishedTopic" t ON t."topicId" = e."topicId"
    ORDER BY e.weight DESC, e."publishedAt" DESC, e.id`;
}

/** Results for the terms of a parsed query (lib/search/query.ts); none for none. */
export async function searchPublished(terms: string[], db: PublishedReader = publishedReader()): Promise<SearchResults> {
  if (terms.length === 0) return { terms, hits: [], speakers: [], interviews: [] };
  const [hits, speakers, interviews] = await Promise.all([
    searchEntries(db, terms),
    db.$queryRaw<SpeakerHit[]>`
      SELECT s.slug, s.name, s.aliases FROM "Speaker" s
      WHERE s."deletedAt" IS NULL AND s."mergedIntoId" IS NULL AND ${pairs(Prisma.sql`s.bigrams`, terms.filter(hasPairs))}
        (${all(Prisma.sql`s.name`, terms)} OR EXISTS (SELECT 1 FROM unnest(s.aliases) a WHERE ${all(Prisma.sql`a`, terms)}))
        AND EXISTS (SELECT 1 FROM "PublishedAppearance" p WHERE p."speakerId" = s.id)
      ORDER BY s.name LIMIT 20`,
    db.$queryRaw<(Omit<InterviewHit, 'publishedOn'> & { publishedOn: Date | null })[]>`
      SELECT i.id, i.show, i."episodeTitle", i."publishedOn" FROM "Interview" i
      WHERE i."deletedAt" IS NULL AND ${pairs(Prisma.sql`i.bigrams`, terms.filter(hasPairs))} ${all(Prisma.sql`(i.show || ' ' || i."episodeTitle")`, terms)}
        AND EXISTS (SELECT 1 FROM "PublishedAppearance" p WHERE p."interviewId" = i.id)
      ORDER BY i."publishedOn" DESC NULLS LAST LIMIT 20`,
  ]);
  return {
    terms,
    hits: hits.map(({ anchor, slug, titleZh, titleEn, ...hit }) => ({ ...hit, href: `/topics/${slug}${anchor}`, topic: `${titleZh} · ${titleEn}` })),
    speakers,
    interviews: interviews.map((i) => ({ ...i, publishedOn: i.publishedOn ? i.publishedOn.toISOString().slice(0, 10) : null })),
  };
}

/** Results for a query as typed. */
export function searchSite(query: string, db: PublishedReader = publishedReader()): Promise<SearchResults> {
  return searchPublished(parseSearchQuery(query).terms, db);
}
