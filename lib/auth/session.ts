import 'server-only';
import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { authOptions } from './config';
import { hasRole, type Role } from './roles';

export type CurrentUser = { id: string; email: string; name: string; role: Role; mustChangePassword: boolean };

const AUTHORIZATION_MESSAGES = {
  UNAUTHENTICATED: 'Sign in first.',
  FORBIDDEN: 'Your role does not allow this.',
  PASSWORD_CHANGE_REQUIRED: 'Choose your own password first: you signed in with a one-time password.',
} as const;

export class AuthorizationError extends Error {
  constructor(readonly code: keyof typeof AUTHORIZATION_MESSAGES) {
    super(AUTHORIZATION_MESSAGES[code]);
    this.name = 'AuthorizationError';
  }
}

/** Where a user signed in with a one-time password is sent: the change-password screen. */
export const PASSWORD_CHANGE_PATH = '/account';

/**
 * `duringPasswordChange`: the one thing a user signed in with a one-time password may do is
 * choose their own (the account screen and its action). Everything else refuses them.
 */
type Options = { duringPasswordChange?: boolean };

/**
 * The signed-in user, checked against the database on every request: a disabled account, or
 * a session older than the user's last role or password change or sign-out, counts as signed out.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  const user = await getDb().user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || user.disabled || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword };
});

/** For mutations and route handlers: the first line of each. */
export async function requireRole(minimum: Role, { duringPasswordChange = false }: Options = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthorizationError('UNAUTHENTICATED');
  if (user.mustChangePassword && !duringPasswordChange) throw new AuthorizationError('PASSWORD_CHANGE_REQUIRED');
  if (!hasRole(user.role, minimum)) throw new AuthorizationError('FORBIDDEN');
  return user;
}

/**
 * For pages: signed-out visitors go to /login and come back; a user with a one-time password
 * goes to the change-password screen (and comes back after signing in with the new one); a
 * role too low gets 403.
 */
export async function requirePageRole(minimum: Role, { duringPasswordChange = false }: Options = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = (await headers()).get('x-request-path') ?? '/editor';
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (user.mustChangePassword && !duringPasswordChange) {
    const path = (await headers()).get('x-request-path') ?? '/editor';
    redirect(`${PASSWORD_CHANGE_PATH}?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (!hasRole(user.role, minimum)) forbidden();
  return user;
}
