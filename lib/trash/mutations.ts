import 'server-only';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { recordAudit } from '@/lib/audit/record';
import { requireRole } from '@/lib/auth/session';
import { announceChange } from '@/lib/publishing/announce';
import type { PublishedChange } from '@/lib/publishing/change';
import { restoreTopicInTransaction, trashTopicInTransaction } from '@/lib/publishing/withdraw-topic';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { countReferences } from './references';
import type { TrashKind } from './schema';

// Soft delete: items go to the trash (deletedAt), from which an admin restores them or, when
// nothing refers to them any more, deletes them for good. Every step is in the audit log.

type Tx = Prisma.TransactionClient;

const NAMES: Record<TrashKind, string> = { topic: '主题 · Topic', speaker: '讲者 · Speaker', interview: '访谈 · Interview', quote: '引语 · Quote' };

async function setDeleted(tx: Tx, kind: TrashKind, id: string, deletedAt: Date | null) {
  const where = { id, deletedAt: deletedAt ? null : { not: null } };
  const data = { deletedAt };
  const { count } =
    kind === 'topic'
      ? await tx.topic.updateMany({ where, data })
      : kind === 'speaker'
        ? await tx.speaker.updateMany({ where, data })
        : kind === 'interview'
          ? await tx.interview.updateMany({ where, data })
          : await tx.quote.updateMany({ where, data });
  if (count === 0) {
    throw new UserFacingError(
      deletedAt ? `${NAMES[kind]}不存在或已在回收站 · Not found, or already in the trash.` : `${NAMES[kind]}不在回收站 · Not in the trash.`,
      'NOT_FOUND',
    );
  }
}

/**
 * Analysts and admins: out of sight, restorable. A topic also leaves the public site (through
 * the publishing module, which takes it down); a speaker or interview changes the pages that
 * show the library. Returns the change readers see, for the caller to apply to its caches.
 */
export async function moveToTrash(kind: TrashKind, id: string): Promise<PublishedChange | null> {
  const user = await requireRole('ANALYST');
  return getDb().$transaction(async (tx: Tx) => {
    if (kind === 'topic') return trashTopicInTransaction(tx, id, user.id);
    await setDeleted(tx, kind, id, new Date());
    await recordAudit({ action: 'trash.move', actorId: user.id, targetType: kind, targetId: id }, tx);
    return sourcesChanged(tx, kind);
  });
}

/** Admins: back from the trash as it was (a published topic is on the site again). */
export async function restoreFromTrash(kind: TrashKind, id: string): Promise<PublishedChange | null> {
  const user = await requireRole('ADMIN');
  return getDb().$transaction(async (tx: Tx) => {
    if (kind === 'topic') return restoreTopicInTransaction(tx, id, user.id);
    await setDeleted(tx, kind, id, null);
    await recordAudit({ action: 'trash.restore', actorId: user.id, targetType: kind, targetId: id }, tx);
    return sourcesChanged(tx, kind);
  });
}

/** A speaker or interview record went away or came back; a quote shows only as published. */
async function sourcesChanged(tx: Tx, kind: Exclude<TrashKind, 'topic'>): Promise<PublishedChange | null> {
  if (kind === 'quote') return null;
  const change = { kind: 'sources' as const };
  await announceChange(tx, change);
  return change;
}

/** Admins: gone for good, only for a trashed item nothing refers to. */
export async function purgeFromTrash(kind: TrashKind, id: string) {
  const user = await requireRole('ADMIN');
  return getDb().$transaction(async (tx: Tx) => {
    const references = await countReferences(tx, kind, id);
    if (kind === 'topic') throw new UserFacingError('主题的历史修订永久保留,不能彻底删除 · A topic keeps its revision history, so it cannot be deleted for good.', 'CONFLICT');
    if (references > 0) throw new UserFacingError(`仍有 ${references} 处引用,不能彻底删除 · Still referred to in ${references} places; it cannot be deleted for good.`, 'CONFLICT');
    const where = { id, deletedAt: { not: null } };
    const { count } =
      kind === 'speaker' ? await tx.speaker.deleteMany({ where }) : kind === 'interview' ? await tx.interview.deleteMany({ where }) : await tx.quote.deleteMany({ where });
    if (count === 0) throw new UserFacingError(`${NAMES[kind]}不在回收站 · Not in the trash.`, 'NOT_FOUND');
    await recordAudit({ action: 'trash.purge', actorId: user.id, targetType: kind, targetId: id }, tx);
    return sourcesChanged(tx, kind);
  });
}
