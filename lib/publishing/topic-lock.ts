import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { topicNotFound } from './errors';

type Tx = Prisma.TransactionClient;

/**
 * The topic's row, locked until the transaction ends: saves, publishes and takedowns of one
 * topic take turns, so each sees the state the previous one left.
 */
export async function lockTopic(tx: Tx, topicId: string, { includeTrashed = false } = {}) {
  const rows = await tx.$queryRaw<{ version: number; status: string; deletedAt: Date | null }[]>`
    SELECT version, status::text AS status, "deletedAt" FROM "Topic" WHERE id = ${topicId} FOR UPDATE`;
  const topic = rows[0];
  if (!topic || (topic.deletedAt && !includeTrashed)) throw topicNotFound();
  return topic;
}

/** Every address the topic has answered to (its draft slug and the old ones that redirect to it). */
export async function addressesOf(tx: Tx, topicId: string, extra: (string | null | undefined)[] = []) {
  const topic = await tx.topic.findUnique({ where: { id: topicId }, select: { slug: true, slugRedirects: { select: { slug: true } } } });
  const all = [...extra, topic?.slug, ...(topic?.slugRedirects.map((r) => r.slug) ?? [])].filter((slug): slug is string => !!slug);
  return [...new Set(all)];
}
