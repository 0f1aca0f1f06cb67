import { expect } from 'vitest';
import type { Database } from '@/lib/db';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { importSlug, importTag, SAVES_SLUG, type Outcome } from './crash-writes';

// Checks, after a crash or a storage failure, that the database holds only whole writes. Meant
// for databases whose topics were only imported unpublished and saved, and whose quotes,
// speakers and interviews all came from those imports (lib/testing/killed-writer.ts writes so).

/** No half-written topic anywhere: what every committed write leaves, and only that. */
export async function expectConsistent(db: Database) {
  const topics = await db.$queryRaw<{ id: string; slug: string; version: number; revisions: bigint; first: number | null; last: number | null }[]>`
    SELECT t.id, t.slug, t.version, count(r.id) AS revisions, min(r.number) AS first, max(r.number) AS last
    FROM "Topic" t LEFT JOIN "Revision" r ON r."topicId" = t.id GROUP BY t.id ORDER BY t.slug`;
  expect(topics.length).toBeGreaterThan(0);
  for (const topic of topics) {
    // Revisions 1..n without a gap, and the topic's version is its latest one (these topics are
    // only imported unpublished and saved: each write adds one of each).
    const { slug, version } = topic;
    expect({ slug, revisions: Number(topic.revisions), first: topic.first, last: topic.last }).toEqual({ slug, revisions: version, first: 1, last: version });
    // The draft tables hold exactly what the latest revision recorded.
    const latest = await db.revision.findFirstOrThrow({ where: { topicId: topic.id }, orderBy: { number: 'desc' }, select: { document: true } });
    expect({ slug, draft: await loadDraftDocument(db, topic.id) }).toEqual({ slug, draft: latest.document });
  }
  const [orphans] = await db.$queryRaw<{ blocks: bigint; quotes: bigint; miscounted: bigint; speakers: bigint; interviews: bigint }[]>`
    SELECT
      (SELECT count(*) FROM "Block" b
         LEFT JOIN "ConsensusPoint" p ON p.id = b."consensusPointId" LEFT JOIN "Camp" c ON c.id = b."campId"
         WHERE NOT EXISTS (SELECT 1 FROM "Revision" r WHERE r."topicId" = coalesce(p."topicId", c."topicId"))) AS blocks,
      (SELECT count(*) FROM "Quote" q WHERE NOT EXISTS (SELECT 1 FROM "Block" b WHERE b."quoteId" = q.id)) AS quotes,
      (SELECT count(*) FROM "Quote" q WHERE q."useCount" <> (SELECT count(*) FROM "Block" b WHERE b."quoteId" = q.id)) AS miscounted,
      (SELECT count(*) FROM "Speaker" s WHERE NOT EXISTS (SELECT 1 FROM "QuoteSpeaker" qs WHERE qs."speakerId" = s.id)) AS speakers,
      (SELECT count(*) FROM "Interview" i WHERE NOT EXISTS (SELECT 1 FROM "Quote" q WHERE q."interviewId" = i.id)) AS interviews`;
  // Every block in a topic with a revision; every quote, speaker and interview cited by one.
  expect(orphans).toEqual({ blocks: 0n, quotes: 0n, miscounted: 0n, speakers: 0n, interviews: 0n });
}


/** What one import wrote, found by the tag on its quotes, speakers and shows. */
export async function importedRows(db: Database, round: number, outcome: Outcome) {
  const tag = importTag(round, outcome);
  const topic = await db.topic.findUnique({ where: { slug: importSlug(round, outcome) }, select: { _count: { select: { revisions: true } } } });
  return {
    topic: topic !== null,
    revisions: topic?._count.revisions ?? 0,
    quotes: await db.quote.count({ where: { originalText: { startsWith: `Quote ${tag} ` } } }),
    speakers: await db.speaker.count({ where: { name: { startsWith: `Speaker ${tag} ` } } }),
    interviews: await db.interview.count({ where: { show: { startsWith: `Show ${tag} ` } } }),
  };
}

/** importedRows of an import that committed: generatedTopicText cycles through 40 speakers and show i % 9, episode i % 30. */
export function completeImport(quotes: number) {
  const episodes = new Set(Array.from({ length: quotes }, (_, i) => `${i % 9}/${i % 30}`)).size;
  return { topic: true, revisions: 1, quotes, speakers: Math.min(quotes, 40), interviews: episodes };
}

/** importedRows of an import that did not commit. */
export const noImport = { topic: false, revisions: 0, quotes: 0, speakers: 0, interviews: 0 };

/** The topic crash-writes.ts saves: its version, its first point's statement and block ids. */
export async function savedState(db: Database) {
  const topic = await db.topic.findUniqueOrThrow({ where: { slug: SAVES_SLUG }, select: { id: true, version: true } });
  const draft = (await loadDraftDocument(db, topic.id))!;
  return { version: topic.version, statement: draft.consensus[0]!.statement, blocks: draft.consensus[0]!.blocks.map((b) => b.id) };
}
