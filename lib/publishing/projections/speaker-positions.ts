import 'server-only';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { topicDocumentSchema, type TopicDocument } from '@/lib/topics/document';
import { speakerPositionRows } from './speaker-position-rows';

// Writes the speakers' positions of every published version of a topic that does not have them
// yet (PublishedVersion.positionsIndexed): at a publish, the new version; when a topic comes
// back onto the site, every version copied back; on a database whose versions were published
// before positions were kept, all of them. Versions are immutable, so a version indexed once
// stays right; its rows go with it (ON DELETE CASCADE).

type Tx = Prisma.TransactionClient;

/** Documents are read this many at a time: a republish of a 500-version topic holds ten, not all. */
const BATCH = 10;

/**
 * @param known documents the caller already holds, by publish number (a publish: the new
 *   version's), so they are not read back and parsed again
 * @returns how many versions were indexed
 */
export async function writeSpeakerPositions(tx: Tx, topicId: string, known: ReadonlyMap<number, TopicDocument> = new Map()): Promise<number> {
  let indexed = 0;
  for (;;) {
    const versions = await tx.publishedVersion.findMany({
      where: { topicId, positionsIndexed: false },
      orderBy: { publishNumber: 'asc' },
      take: BATCH,
      select: { publishNumber: true, publishedAt: true },
    });
    if (versions.length === 0) return indexed;
    const unknown = versions.filter((v) => !known.has(v.publishNumber)).map((v) => v.publishNumber);
    const read = unknown.length
      ? await tx.publishedVersion.findMany({ where: { topicId, publishNumber: { in: unknown } }, select: { publishNumber: true, document: true } })
      : [];
    const documents = new Map([...known, ...read.map((row): [number, TopicDocument] => [row.publishNumber, topicDocumentSchema.parse(row.document)])]);
    const rows = versions.flatMap((v) => speakerPositionRows(topicId, v.publishNumber, documents.get(v.publishNumber)!, v.publishedAt));
    if (rows.length) await tx.publishedSpeakerPosition.createMany({ data: rows, skipDuplicates: true });
    await tx.publishedVersion.updateMany({ where: { topicId, publishNumber: { in: versions.map((v) => v.publishNumber) } }, data: { positionsIndexed: true } });
    indexed += versions.length;
  }
}

/** Live topics with versions not yet indexed get their positions; `npm start` runs it after migrating. */
export async function backfillSpeakerPositions(db: Database): Promise<number> {
  const topics = await db.publishedVersion.findMany({ where: { positionsIndexed: false }, distinct: ['topicId'], select: { topicId: true } });
  let indexed = 0;
  for (const { topicId } of topics) indexed += await db.$transaction((tx: Tx) => writeSpeakerPositions(tx, topicId), { timeout: 120_000 });
  return indexed;
}
