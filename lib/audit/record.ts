import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getDb, type Database } from '@/lib/db';

export type AuditAction =
  | 'auth.sign-in'
  | 'auth.sign-in-failed'
  | 'auth.sign-out'
  | 'auth.password-change'
  | 'user.create'
  | 'user.role-change'
  | 'user.disable'
  | 'user.enable'
  | 'user.password-reset'
  | 'revision.restore'
  | 'topic.create'
  | 'topic.publish'
  | 'topic.unpublish'
  | 'trash.move'
  | 'trash.restore'
  | 'trash.purge'
  | 'speaker.merge'
  | 'speaker.unmerge';

export type AuditEntry = {
  action: AuditAction;
  actorId?: string | null;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  detail?: Prisma.InputJsonValue;
};

/** Appends to the audit log (the table refuses updates and deletes). */
export async function recordAudit(entry: AuditEntry, db: Database | Prisma.TransactionClient = getDb()) {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      targetType: entry.targetType,
      targetId: entry.targetId,
      ip: entry.ip ?? null,
      detail: entry.detail,
    },
  });
}
