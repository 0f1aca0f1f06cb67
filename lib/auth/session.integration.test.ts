import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';

// The session next-auth would have decoded from the cookie (a signed JWT): what the test says.
const cookie = vi.hoisted(() => ({ session: null as null | { userId: string; sessionVersion: number } }));
vi.mock('next-auth', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next-auth')>()),
  getServerSession: async () => cookie.session,
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-request-path': '/editor/quotes?q=1' }) }));

const { authOptions } = await import('./config');
const { getCurrentUser, requirePageRole, requireRole } = await import('./session');
const { hashPassword } = await import('./password');
const { FREE_FAILURES } = await import('./throttle');
const { changeOwnPassword, createUser, resetUserPassword } = await import('@/lib/users/mutations');

const db = getDb();
const PASSWORD = 'my-own-long-passphrase';
let serial = 0;

async function newUser(role: 'READER' | 'ANALYST' | 'ADMIN' = 'ANALYST') {
  const email = `session-${Date.now()}-${serial++}@example.com`;
  return db.user.create({
    data: { email, name: 'Session Probe', role, passwordHash: await hashPassword(PASSWORD) },
    select: { id: true, email: true, sessionVersion: true },
  });
}

/** Signs in as `user` the way the cookie would carry it, and returns the JWT's claims. */
async function signInAs(user: { id: string }) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  cookie.session = { userId: user.id, sessionVersion };
  return { sub: user.id, sessionVersion };
}

/** A new request: React's per-request cache of the user does not carry over. */
const currentUser = () => getCurrentUser();

/** What next/navigation's redirect() threw, as the address it sends to. */
async function redirectedTo(promise: Promise<unknown>): Promise<string> {
  const error = (await promise.then(() => null, (thrown: unknown) => thrown)) as { digest?: string } | null;
  expect(error?.digest, 'expected a redirect').toMatch(/^NEXT_REDIRECT/);
  return error!.digest!.split(';')[2]!;
}

let admin: { id: string };
beforeAll(async () => {
  admin = await newUser('ADMIN');
});

describe('signing out', () => {
  it('revokes the session: the same JWT, still validly signed, is refused afterwards', async () => {
    const user = await newUser();
    const token = await signInAs(user);
    expect((await currentUser())?.id).toBe(user.id);

    await authOptions.events!.signOut!({ token, session: undefined as never });

    expect(await currentUser()).toBeNull();
    await expect(requireRole('READER')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await db.auditEvent.count({ where: { action: 'auth.sign-out', actorId: user.id } })).toBe(1);
  });

  it('does nothing with a token that was revoked already', async () => {
    const user = await newUser();
    const stale = await signInAs(user);
    await authOptions.events!.signOut!({ token: stale, session: undefined as never });
    await signInAs(user); // signed in again: a new session
    await authOptions.events!.signOut!({ token: stale, session: undefined as never }); // the old cookie, replayed
    expect((await currentUser())?.id).toBe(user.id);
  });
});

describe('a one-time password', () => {
  it('admits its user to nothing but the change-password screen until they choose their own', async () => {
    await signInAs(admin);
    const { email, oneTimePassword } = await createUser({ email: `one-time-${Date.now()}@example.com`, name: 'New Analyst', role: 'ANALYST' });
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, mustChangePassword: true } });
    expect(user.mustChangePassword).toBe(true);

    await signInAs(user);
    await expect(requireRole('READER')).rejects.toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    expect(await redirectedTo(requirePageRole('ANALYST'))).toBe('/account?callbackUrl=%2Feditor%2Fquotes%3Fq%3D1');
    // The account screen, and changing the password, are open.
    expect((await requirePageRole('READER', { duringPasswordChange: true })).id).toBe(user.id);

    await changeOwnPassword({ currentPassword: oneTimePassword, newPassword: PASSWORD, confirmPassword: PASSWORD });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
    expect(await currentUser()).toBeNull(); // the change ended the session: sign in again
    await signInAs(user);
    expect((await requireRole('ANALYST')).id).toBe(user.id);
  });

  it('set by a reset is also to be changed at the next sign-in', async () => {
    const user = await newUser();
    await signInAs(admin);
    await resetUserPassword({ userId: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
  });
});

describe('changing one\'s own password', () => {
  const wrongly = (attempt: number) => ({ currentPassword: `not-it-${attempt}`, newPassword: 'another-long-passphrase', confirmPassword: 'another-long-passphrase' });

  it('is throttled like signing in: after the free guesses even the right password waits', async () => {
    const user = await newUser();
    await signInAs(user);
    for (let attempt = 1; attempt <= FREE_FAILURES.email; attempt += 1) {
      await expect(changeOwnPassword(wrongly(attempt))).rejects.toThrow(/当前密码不正确/);
    }
    await expect(changeOwnPassword({ currentPassword: PASSWORD, newPassword: 'another-long-passphrase', confirmPassword: 'another-long-passphrase' }))
      .rejects.toThrow(/尝试次数过多,请 \d+ 秒后再试 · Too many attempts\. Try again in \d+ s\./);
    // The guesses counted against the account's sign-in too: they are one and the same password.
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: `email:${user.email}` } })).failures).toBe(FREE_FAILURES.email);
  });

  it('checks at most the free number of guesses sent at once', async () => {
    const user = await newUser();
    await signInAs(user);
    const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => changeOwnPassword(wrongly(i))));
    const wrong = results.filter((result) => result.status === 'rejected' && /当前密码不正确/.test(String(result.reason)));
    expect(wrong).toHaveLength(FREE_FAILURES.email);
  });
});
