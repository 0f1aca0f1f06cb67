import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Empties a topic's working draft (points, camps with their blocks, lists, view, sources and
 * sister links) before a whole document is written in its place. Quotes, speakers and
 * interviews are shared records and stay. One statement at a time: a transaction is a single
 * connection.
 */
export async function clearDraftContent(tx: Prisma.TransactionClient, topicId: string) {
  await tx.consensusPoint.deleteMany({ where: { topicId } });
  await tx.camp.deleteMany({ where: { topicId } });
  await tx.topicListItem.deleteMany({ where: { topicId } });
  await tx.editorView.deleteMany({ where: { topicId } });
  await tx.topicSource.deleteMany({ where: { topicId } });
  await tx.topicLink.deleteMany({ where: { fromTopicId: topicId } });
}
