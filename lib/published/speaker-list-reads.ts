import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { publishedReader, type PublishedReader } from './reader';
import { MAX_CHANGED_DAYS, MAX_SPEAKER_LIST_PAGE, SPEAKER_LIST_PAGE, type SpeakerListFilter } from './speaker-list-reads-bounds';

// /speakers: every person a published version cites, with how many live topics and camps they
// are in now (PublishedAppearance, the current versions), a search on name and aliases, and the filter
// "changed position in the last N days" (PublishedSpeakerPosition). A person merged into another
// counts as the survivor; one in the trash is not listed. Fifty a page, in name order.

export { MAX_CHANGED_DAYS, SPEAKER_LIST_PAGE, type SpeakerListFilter };
export type SpeakerListEntry = { slug: string; name: string; aliases: string[]; topicCount: number; campCount: number };
export type SpeakerList = { speakers: SpeakerListEntry[]; page: number; hasMore: boolean };

/** Whether text contains the query, both folded as search folds them (NFKC, lower case). */
const folded = (column: Prisma.Sql) => Prisma.sql`lower(normalize(${column}, NFKC))`;

export async function listPublishedSpeakers(filter: SpeakerListFilter, reader: PublishedReader = publishedReader(), now = new Date()): Promise<SpeakerList> {
  const page = Math.min(MAX_SPEAKER_LIST_PAGE, Math.max(1, Math.floor(filter.page) || 1));
  const query = filter.query.normalize('NFKC').toLowerCase();
  const days = filter.changedWithinDays === null ? null : Math.min(MAX_CHANGED_DAYS, Math.max(1, Math.floor(filter.changedWithinDays)));
  const since = days === null ? null : new Date(now.getTime() - days * 86_400_000);

  const matches = query
    ? Prisma.sql`AND (strpos(${folded(Prisma.sql`s.name`)}, ${query}) > 0 OR EXISTS (SELECT 1 FROM unnest(s.aliases) AS alias WHERE strpos(${folded(Prisma.sql`alias`)}, ${query}) > 0))`
    : Prisma.empty;
  // A speaker changed position in a version published since then when where they stand in it
  // differs from where they stood in the version before (none before version 1): the rows of
  // one and not the other, both ways — the same sets position-changes.ts compares.
  const changed =
    since === null
      ? Prisma.empty
      : Prisma.sql`AND s.id IN (
          SELECT coalesce(m."mergedIntoId", m.id) FROM "Speaker" m WHERE m.id IN (
            WITH recent AS (SELECT "topicId", "publishNumber" FROM "PublishedVersion" WHERE "publishedAt" >= ${since}),
            now_at AS (SELECT p."topicId", p."publishNumber", p."speakerId", p.place FROM "PublishedSpeakerPosition" p JOIN recent r USING ("topicId", "publishNumber")),
            before AS (SELECT p."topicId", p."publishNumber" + 1 AS "publishNumber", p."speakerId", p.place
                       FROM "PublishedSpeakerPosition" p JOIN recent r ON r."topicId" = p."topicId" AND p."publishNumber" = r."publishNumber" - 1)
            SELECT "speakerId" FROM ((SELECT * FROM now_at EXCEPT SELECT * FROM before) UNION ALL (SELECT * FROM before EXCEPT SELECT * FROM now_at)) AS moved))`;

  // Listed: everyone a live topic's version cites (a person who left every topic keeps a page,
  // with their positions over time). Counted: the topics and camps of the current versions.
  // The counts are subqueries, so they run for the page's fifty rows only.
  const rows = await reader.$queryRaw<{ slug: string; name: string; aliases: string[]; topics: number; camps: number }[]>`
    WITH listed AS (
      SELECT DISTINCT coalesce(m."mergedIntoId", m.id) AS id
      FROM (SELECT DISTINCT "speakerId" FROM "PublishedSpeakerPosition") p JOIN "Speaker" m ON m.id = p."speakerId")
    SELECT s.slug, s.name, s.aliases,
      (SELECT count(DISTINCT a."topicId") FROM "PublishedAppearance" a JOIN "Speaker" m ON m.id = a."speakerId"
        WHERE (m.id = s.id OR m."mergedIntoId" = s.id) AND a.kind <> 'SOURCE')::int AS topics,
      (SELECT count(DISTINCT a."campId") FROM "PublishedAppearance" a JOIN "Speaker" m ON m.id = a."speakerId"
        WHERE (m.id = s.id OR m."mergedIntoId" = s.id) AND a.kind <> 'SOURCE')::int AS camps
    FROM "Speaker" s JOIN listed l ON l.id = s.id
    WHERE s."deletedAt" IS NULL AND s."mergedIntoId" IS NULL ${matches} ${changed}
    ORDER BY s.name, s.id
    LIMIT ${SPEAKER_LIST_PAGE + 1} OFFSET ${(page - 1) * SPEAKER_LIST_PAGE}`;
  return {
    page,
    hasMore: rows.length > SPEAKER_LIST_PAGE,
    speakers: rows.slice(0, SPEAKER_LIST_PAGE).map((r) => ({ slug: r.slug, name: r.name, aliases: r.aliases, topicCount: r.topics, campCount: r.camps })),
  };
}
