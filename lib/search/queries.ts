import 'server-only';
import { getDb, type Database } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { queryWords } from './highlight';

// Site search over what readers can see: published pages (their SearchEntry rows), and the
// speakers and interviews that appear on them. Every word must occur (substring, any case);
// titles and quotes rank above points, camps and body text, newer pages first.

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

export async function searchSite(query: string, db: Database = getDb()): Promise<SearchResults> {
  const words = queryWords(query.slice(0, 200));
  if (words.length === 0) return { words, hits: [], speakers: [], interviews: [] };
  const [hits, speakers, interviews] = await Promise.all([
    db.$queryRaw<(Omit<SearchHit, 'href' | 'topic'> & { anchor: string; slug: string; titleZh: string; titleEn: string })[]>`
      SELECT e.kind::text AS kind, e.anchor, e.context, e.text, t.slug, t."titleZh", t."titleEn"
      FROM "SearchEntry" e JOIN "Topic" t ON t.id = e."topicId"
      WHERE ${all(Prisma.sql`e.text`, words)} AND t.status = 'PUBLISHED' AND t."deletedAt" IS NULL
      ORDER BY e.weight DESC, e."publishedAt" DESC, e.id
      LIMIT ${LIMIT}`,
    db.$queryRaw<SpeakerHit[]>`
      SELECT s.slug, s.name, s.aliases FROM "Speaker" s
      WHERE s."deletedAt" IS NULL AND s."mergedIntoId" IS NULL
        AND (${all(Prisma.sql`s.name`, words)} OR EXISTS (SELECT 1 FROM unnest(s.aliases) a WHERE ${all(Prisma.sql`a`, words)}))
        AND EXISTS (SELECT 1 FROM "PublishedAppearance" p WHERE p."speakerId" = s.id)
      ORDER BY s.name LIMIT 20`,
    db.$queryRaw<(Omit<InterviewHit, 'publishedOn'> & { publishedOn: Date | null })[]>`
      SELECT i.id, i.show, i."episodeTitle", i."publishedOn" FROM "Interview" i
      WHERE i."deletedAt" IS NULL AND ${all(Prisma.sql`(i.show || ' ' || i."episodeTitle")`, words)}
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
