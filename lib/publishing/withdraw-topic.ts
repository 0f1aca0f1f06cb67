import 'server-only';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { recordAudit } from '@/lib/audit/record';
import type { Prisma } from '@/lib/generated/prisma/client';
import { topicDocumentSchema } from '@/lib/topics/document';
import { announceChange } from './announce';
import type { PublishedChange } from './change';
import { deletePublishedRecord, writePublishedRecord } from './projections/published-record';
import { addressesOf, lockTopic } from './topic-lock';

// Taking a topic off the public site and putting it back: unpublish, the trash and the way out
// of it. A takedown deletes the published record (every version, feed line, appearance and
// search entry goes with it) and announces it, so every server forgets the pages at once.

type Tx = Prisma.TransactionClient;

/** Takes a published topic off the site; its drafts and history stay. */
export async function unpublishInTransaction(tx: Tx, topicId: string, actorId: string | null): Promise<PublishedChange> {
  const topic = await lockTopic(tx, topicId);
  if (topic.status !== 'PUBLISHED') throw new UserFacingError('这个主题尚未发布 · This topic is not published.', 'CONFLICT');
  await tx.topic.update({ where: { id: topicId }, data: { status: 'DRAFT', publishedRevisionId: null, lastEditorId: actorId } });
  const removed = await deletePublishedRecord(tx, topicId);
  const change = { kind: 'withdrawn' as const, slugs: await addressesOf(tx, topicId, [removed?.slug]) };
  await recordAudit({ action: 'topic.unpublish', actorId, targetType: 'Topic', targetId: topicId, detail: { slugs: change.slugs } }, tx);
  await announceChange(tx, change);
  return change;
}

/** Moves a topic to the trash: out of the editor's lists and, at once, off the public site. */
export async function trashTopicInTransaction(tx: Tx, topicId: string, actorId: string | null): Promise<PublishedChange | null> {
  await lockTopic(tx, topicId);
  await tx.topic.update({ where: { id: topicId }, data: { deletedAt: new Date() } });
  const removed = await deletePublishedRecord(tx, topicId);
  await recordAudit({ action: 'trash.move', actorId, targetType: 'topic', targetId: topicId }, tx);
  if (!removed) return null;
  const change = { kind: 'withdrawn' as const, slugs: await addressesOf(tx, topicId, [removed.slug]) };
  await announceChange(tx, change);
  return change;
}

/** Brings a topic back from the trash as it was: a published one is on the site again. */
export async function restoreTopicInTransaction(tx: Tx, topicId: string, actorId: string | null): Promise<PublishedChange | null> {
  const topic = await lockTopic(tx, topicId, { includeTrashed: true });
  if (!topic.deletedAt) throw new UserFacingError('这个主题不在回收站 · This topic is not in the trash.', 'NOT_FOUND');
  await tx.topic.update({ where: { id: topicId }, data: { deletedAt: null } });
  await recordAudit({ action: 'trash.restore', actorId, targetType: 'topic', targetId: topicId }, tx);
  const row = await tx.topic.findUnique({
    where: { id: topicId },
    select: { status: true, publishedAt: true, publishedRevision: { select: { id: true, publishNumber: true, document: true, createdAt: true } } },
  });
  const revision = row?.publishedRevision;
  if (!row || row.status !== 'PUBLISHED' || !revision?.publishNumber) return null;
  const document = topicDocumentSchema.parse(revision.document);
  await writePublishedRecord(tx, { topicId, revisionId: revision.id, publishNumber: revision.publishNumber, document, publishedAt: row.publishedAt ?? revision.createdAt });
  const change = { kind: 'published' as const, slugs: await addressesOf(tx, topicId, [document.slug]) };
  await announceChange(tx, change);
  return change;
}
