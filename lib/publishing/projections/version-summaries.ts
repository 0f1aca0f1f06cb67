import 'server-only';
import type { Database } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { versionSummary } from '@/lib/published/version-summary';
import { topicDocumentSchema, type TopicDocument } from '@/lib/topics/document';

// Writes the public history's entry (PublishedVersion.summary) of every published version of a
// topic that does not have one yet, against the version published before it: at a publish, the
// new version; when a topic comes back onto the site, every version copied back; on a database
// whose versions were published before summaries were kept, all of them. The same pattern as
// speaker-positions.ts, so the history page reads no documents.

type Tx = Prisma.TransactionClient;

/** Versions are summarised this many at a time: a republish of a 500-version topic holds at most twice this many documents. */
const BATCH = 10;

/**
 * @param known documents the caller already holds, by publish number (a publish: the new version
 *   and the one before it), so they are not read back and parsed again
 * @returns how many versions were summarised
 */
export async function writeVersionSummaries(tx: Tx, topicId: string, known: ReadonlyMap<number, TopicDocument> = new Map()): Promise<number> {
  // Numbers only (no documents): which versions lack a summary and which version precedes each.
  const missing = await tx.publishedVersion.findMany({ where: { topicId, summary: { equals: Prisma.DbNull } }, select: { publishNumber: true } });
  if (missing.length === 0) return 0;
  const lacking = new Set(missing.map((row) => row.publishNumber));
  const numbers = (await tx.publishedVersion.findMany({ where: { topicId }, orderBy: { publishNumber: 'asc' }, select: { publishNumber: true } })).map((row) => row.publishNumber);
  const pending = numbers.flatMap((publishNumber, i) => (lacking.has(publishNumber) ? [{ publishNumber, previous: numbers[i - 1] ?? null }] : []));
  for (let start = 0; start < pending.length; start += BATCH) {
    const batch = pending.slice(start, start + BATCH);
    const wanted = new Set(batch.flatMap((v) => (v.previous === null ? [v.publishNumber] : [v.publishNumber, v.previous])));
    const unknown = [...wanted].filter((publishNumber) => !known.has(publishNumber));
    const rows = unknown.length ? await tx.publishedVersion.findMany({ where: { topicId, publishNumber: { in: unknown } }, select: { publishNumber: true, document: true } }) : [];
    const documents = new Map<number, TopicDocument>([...known, ...rows.map((row): [number, TopicDocument] => [row.publishNumber, topicDocumentSchema.parse(row.document)])]);
    for (const { publishNumber, previous } of batch) {
      const summary = versionSummary(publishNumber, previous === null ? null : documents.get(previous)!, documents.get(publishNumber)!);
      await tx.publishedVersion.update({ where: { topicId_publishNumber: { topicId, publishNumber } }, data: { summary } });
    }
  }
  return pending.length;
}

/** Live topics with versions not yet summarised get their summaries; `npm start` runs it after migrating. */
export async function backfillVersionSummaries(db: Database): Promise<number> {
  const topics = await db.publishedVersion.findMany({ where: { summary: { equals: Prisma.DbNull } }, distinct: ['topicId'], select: { topicId: true } });
  let summarised = 0;
  for (const { topicId } of topics) summarised += await db.$transaction((tx: Tx) => writeVersionSummaries(tx, topicId), { timeout: 120_000 });
  return summarised;
}
