import 'server-only';
import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { authOptions } from './config';
import { hasRole, type Role } from './roles';

export type CurrentUser = { id: string; email: string; name: string; role: Role };

export class AuthorizationError extends Error {
  constructor(readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN') {
    super(code === 'UNAUTHENTICATED' ? 'Sign in first.' : 'Your role does not allow this.');
    this.name = 'AuthorizationError';
  }
}

/**
 * The signed-in user, checked against the database on every request: a disabled account, or
 * a session older than the user's last role or password change, counts as signed out.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  const user = await getDb().user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For mutations and route handlers: the first line of each. */
export async function requireRole(minimum: Role): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthorizationError('UNAUTHENTICATED');
  if (!hasRole(user.role, minimum)) throw new AuthorizationError('FORBIDDEN');
  return user;
}

/** For pages: signed-out visitors go to /login and come back; a role too low gets 403. */
export async function requirePageRole(minimum: Role): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = (await headers()).get('x-request-path') ?? '/editor';
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (!hasRole(user.role, minimum)) forbidden();
  return user;
}
