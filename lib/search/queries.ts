import 'server-only';
import { getDb, type Database } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { queryWords } from './highlight';

// Site search over what readers can see: published pages (their SearchEntry rows), and the
// speakers and interviews that appear on them. Every word must occur (substring, any case);
// titles and quotes rank above points, camps and body text, newer pages first. At scale
// (10,000 pages) a word is found through an index (trigrams, or character pairs for the words
// trigrams cannot find), and a common word walks the index in result order and stops after
// the first 80 hits.

export type SearchHit = {
  kind: 'TOPIC' | 'POINT' | 'CAMP' | 'QUOTE' | 'PARAPHRASE' | 'TEXT';
  href: string;
  topic: string;
  context: string;
  text: string;
};
export type SpeakerHit = { slug: string; name: string; aliases: string[] };
export type InterviewHit = { id: string; show: string; episodeTitle: string; publishedOn: string | null };
export type SearchResults = { words: string[]; hits: SearchHit[]; speakers: SpeakerHit[]; interviews: InterviewHit[] };

const LIMIT = 80;
const like = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const all = (column: Prisma.Sql, words: string[]) => Prisma.join(words.map((word) => Prisma.sql`${column} ILIKE ${like(word)}`), ' AND ');
/**
 * The rows holding every character pair of the words, through the GIN index on `bigrams` (kept
 * by a trigger with the same text_bigrams function); the ILIKE then checks the words. A word of
 * one character has no pair and is checked by the ILIKE alone.
 */
const pairs = (column: Prisma.Sql, words: string[]) =>
  words.length ? Prisma.sql`${Prisma.join(words.map((word) => Prisma.sql`${column} @> text_bigrams(${word})`), ' AND ')} AND` : Prisma.empty;
const hasPairs = (word: string) => [...word].length >= 2;
/**
 * Words the trigram index of the published text cannot find: fewer than three ASCII letters or
 * digits in a row (Chinese words, "AI", "C++"). Other words keep to the trigram index, whose
 * row estimates are exact enough for the planner to walk a common word in result order.
 */
const trigramBlind = (word: string) => hasPairs(word) && !/[a-z0-9]{3}/i.test(word);
/**
 * The published text holding every word. A trigram-blind word goes through its character
 * pairs; one of two characters (lower-cased) is its own pair, so the pair alone decides and
 * the planner, folding the length test, estimates it from the pairs' statistics alone.
 */
const publishedTextHas = (words: string[]) =>
  Prisma.join(
    words.map((word) =>
      trigramBlind(word)
        ? Prisma.sql`e.bigrams @> text_bigrams(${word}) AND (char_length(lower(${word})) = 2 OR e.text ILIKE ${like(word)})`
        : Prisma.sql`e.text ILIKE ${like(word)}`,
    ),
    ' AND ',
  );

export async function searchSite(query: string, db: Database = getDb()): Promise<SearchResults> {
  const words = queryWords(query.slice(0, 200));
  if (words.length === 0) return { words, hits: [], speakers: [], interviews: [] };
  const [hits, speakers, interviews] = await Promise.all([
    db.$queryRaw<(Omit<SearchHit, 'href' | 'topic'> & { anchor: string; slug: string; titleZh: string; titleEn: string })[]>`
      SELECT e.kind::text AS kind, e.anchor, e.context, e.text, t.slug, t."titleZh", t."titleEn"
      FROM "SearchEntry" e JOIN "Topic" t ON t.id = e."topicId"
      WHERE ${publishedTextHas(words)} AND t.status = 'PUBLISHED' AND t."deletedAt" IS NULL
      ORDER BY e.weight DESC, e."publishedAt" DESC, e.id
      LIMIT ${LIMIT}`,
    db.$queryRaw<SpeakerHit[]>`
      SELECT s.slug, s.name, s.aliases FROM "Speaker" s
      WHERE s."deletedAt" IS NULL AND s."mergedIntoId" IS NULL AND ${pairs(Prisma.sql`s.bigrams`, words.filter(hasPairs))}
        (${all(Prisma.sql`s.name`, words)} OR EXISTS (SELECT 1 FROM unnest(s.aliases) a WHERE ${all(Prisma.sql`a`, words)}))
        AND EXISTS (SELECT 1 FROM "PublishedAppearance" p WHERE p."speakerId" = s.id)
      ORDER BY s.name LIMIT 20`,
    db.$queryRaw<(Omit<InterviewHit, 'publishedOn'> & { publishedOn: Date | null })[]>`
      SELECT i.id, i.show, i."episodeTitle", i."publishedOn" FROM "Interview" i
      WHERE i."deletedAt" IS NULL AND ${pairs(Prisma.sql`i.bigrams`, words.filter(hasPairs))} ${all(Prisma.sql`(i.show || ' ' || i."episodeTitle")`, words)}
        AND EXISTS (SELECT 1 FROM "PublishedAppearance" p WHERE p."interviewId" = i.id)
      ORDER BY i."publishedOn" DESC NULLS LAST LIMIT 20`,
  ]);
  return {
    words,
    hits: hits.map(({ anchor, slug, titleZh, titleEn, ...hit }) => ({ ...hit, href: `/topics/${slug}${anchor}`, topic: `${titleZh} · ${titleEn}` })),
    speakers,
    interviews: interviews.map((i) => ({ ...i, publishedOn: i.publishedOn ? i.publishedOn.toISOString().slice(0, 10) : null })),
  };
}
