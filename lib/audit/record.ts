import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getDb, type Database } from '@/lib/db';
import { requestIp } from './request-ip';

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
  | 'topic.import'
  | 'topic.publish'
  | 'topic.unpublish'
  | 'trash.move'
  | 'trash.restore'
  | 'trash.purge'
  | 'speaker.merge'
  | 'speaker.unmerge'
  | 'transcript.import'
  | 'transcript.labels'
  | 'quote.anchor';

export type AuditEntry = {
  action: AuditAction;
  actorId?: string | null;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  detail?: Prisma.InputJsonValue;
};

/**
 * Appends to the audit log (the table refuses updates and deletes). "From where" is the
 * request's client address unless the caller gives one.
 */
export async function recordAudit(entry: AuditEntry, db: Database | Prisma.TransactionClient = getDb()) {
  const ip = entry.ip === undefined ? await requestIp() : entry.ip;
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      targetType: entry.targetType,
      targetId: entry.targetId,
      ip,
      detail: entry.detail,
    },
  });
}
