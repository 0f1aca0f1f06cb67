import 'server-only';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { clearSearchEntries, writeSearchEntries } from '@/lib/search/entries';
import { clearAppearances, writeAppearances } from '@/lib/sources/appearances';
import { topicDocumentSchema, type TopicDocument } from '@/lib/topics/document';

// What the public site reads besides the page itself: who appears where (speaker and
// interview pages) and the searchable text (search). Both are derived from the published
// revision, written in the publishing transaction, and removed when the page goes away.

type Tx = Prisma.TransactionClient;

export async function indexPublishedTopic(tx: Tx, topicId: string, doc: TopicDocument, publishedAt: Date) {
  await writeAppearances(tx, topicId, doc, publishedAt);
  await writeSearchEntries(tx, topicId, doc, publishedAt);
}

/** The page is gone (unpublished or in the trash). */
export async function unindexTopic(tx: Tx, topicId: string) {
  await clearAppearances(tx, topicId);
  await clearSearchEntries(tx, topicId);
}

/** From the published revision, if the topic is live (a restore from the trash). */
export async function reindexTopic(tx: Tx, topicId: string) {
  const topic = await tx.topic.findFirst({
    where: { id: topicId, status: 'PUBLISHED', deletedAt: null },
    select: { publishedAt: true, publishedRevision: { select: { document: true } } },
  });
  if (!topic?.publishedRevision) return unindexTopic(tx, topicId);
  await indexPublishedTopic(tx, topicId, topicDocumentSchema.parse(topic.publishedRevision.document), topic.publishedAt ?? new Date());
}

/** Published topics written before an index existed get theirs (`npm start` runs it after migrating). */
export async function backfillPublishedIndex(db: Database) {
  const missing = await db.topic.findMany({
    where: { status: 'PUBLISHED', deletedAt: null, publishedRevisionId: { not: null }, OR: [{ appearances: { none: {} } }, { searchEntries: { none: {} } }] },
    select: { id: true },
  });
  for (const topic of missing) await db.$transaction((tx: Tx) => reindexTopic(tx, topic.id));
  return missing.length;
}
