import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AuditFilter } from './schema';

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: string;
  at: string;
  action: string;
  actor: string | null;
  target: string | null;
  ip: string | null;
  detail: string | null;
};

/** The audit log, newest first, for admins. */
export async function listAuditEvents(filter: AuditFilter): Promise<{ rows: AuditRow[]; hasMore: boolean }> {
  await requireRole('ADMIN');
  const where: Prisma.AuditEventWhereInput = {
    action: filter.action,
    at: {
      gte: filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined,
      lt: filter.to ? new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) : undefined,
    },
    actor: filter.actor ? { OR: [{ email: { contains: filter.actor.toLowerCase() } }, { name: { contains: filter.actor, mode: 'insensitive' } }] } : undefined,
  };
  const events = await getDb().auditEvent.findMany({
    where,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      at: true,
      action: true,
      ip: true,
      targetType: true,
      targetId: true,
      detail: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return {
    hasMore: events.length > AUDIT_PAGE_SIZE,
    rows: events.slice(0, AUDIT_PAGE_SIZE).map((event) => ({
      id: event.id,
      at: event.at.toISOString(),
      action: event.action,
      actor: event.actor ? `${event.actor.name} <${event.actor.email}>` : null,
      target: event.targetType ? `${event.targetType} ${event.targetId ?? ''}`.trim() : null,
      ip: event.ip,
      detail: event.detail === null ? null : JSON.stringify(event.detail),
    })),
  };
}
