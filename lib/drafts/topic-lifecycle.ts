import 'server-only';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { recordAudit } from '@/lib/audit/record';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordDraftRevision } from '@/lib/revisions/record-revision';
import type { NewTopicInput } from './topic-schema';

type Tx = Prisma.TransactionClient;

/** A new, empty draft topic with its first revision; readers see nothing until it is published. */
export async function createTopic(input: NewTopicInput) {
  const user = await requireRole('ANALYST');
  const db = getDb();
  const taken =
    (await db.topic.findUnique({ where: { slug: input.slug }, select: { id: true } })) ??
    (await db.slugRedirect.findUnique({ where: { slug: input.slug }, select: { topicId: true } }));
  if (taken) throw new UserFacingError(`网址 ${input.slug} 已被使用 · The address ${input.slug} is already taken.`, 'CONFLICT');
  return db.$transaction(async (tx: Tx) => {
    const topic = await tx.topic.create({ data: { ...input, lastEditorId: user.id }, select: { id: true } });
    await recordDraftRevision(tx, { topicId: topic.id, authorId: user.id, message: '创建 · Created' });
    await recordAudit({ action: 'topic.create', actorId: user.id, targetType: 'Topic', targetId: topic.id, detail: { slug: input.slug } }, tx);
    return topic;
  });
}
