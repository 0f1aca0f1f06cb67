import 'server-only';
import { requireRole } from '@/lib/auth/session';
import type { Role } from '@/lib/auth/roles';
import { getDb } from '@/lib/db';

export type UserListItem = {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  /** Still signing in with the one-time password an admin gave them. */
  mustChangePassword: boolean;
  createdAt: string;
  lastSignInAt: string | null;
};

export async function listUsers(): Promise<UserListItem[]> {
  await requireRole('ADMIN');
  const db = getDb();
  const users = await db.user.findMany({
    orderBy: [{ role: 'desc' }, { email: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabled: true, mustChangePassword: true, createdAt: true },
  });
  const lastSignIns = await db.auditEvent.groupBy({
    by: ['actorId'],
    where: { action: 'auth.sign-in', actorId: { in: users.map((u) => u.id) } },
    _max: { at: true },
  });
  const lastById = new Map(lastSignIns.map((row) => [row.actorId, row._max.at]));
  return users.map((user) => ({
    ...user,
    createdAt: user.createdAt.toISOString(),
    lastSignInAt: lastById.get(user.id)?.toISOString() ?? null,
  }));
}
