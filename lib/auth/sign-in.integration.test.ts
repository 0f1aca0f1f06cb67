import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';

// Every password check the sign-in makes, counted: the hash is what a guesser pays for.
const verified = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const original = await importOriginal<typeof import('./password')>();
  return {
    ...original,
    verifyPassword: async (hash: string, password: string) => {
      verified.count += 1;
      return original.verifyPassword(hash, password);
    },
  };
});

const { signInWithPassword } = await import('./sign-in');
const { hashPassword } = await import('./password');
const { FREE_FAILURES } = await import('./throttle');

const db = getDb();
const PASSWORD = 'a-long-and-unusual-passphrase';
let serial = 0;

async function newUser() {
  const email = `throttle-${Date.now()}-${serial++}@example.com`;
  await db.user.create({ data: { email, name: 'Throttle Probe', role: 'ANALYST', passwordHash: await hashPassword(PASSWORD) } });
  return email;
}

beforeAll(async () => {
  await db.signInThrottle.deleteMany();
});

beforeEach(() => {
  verified.count = 0;
});

describe('a burst of sign-in attempts sent at once', () => {
  it('checks at most the allowed number of passwords for one account', async () => {
    const email = await newUser();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => signInWithPassword({ email, password: `wrong-guess-${i}`, ip: `198.51.100.${i}` })),
    );
    expect(verified.count).toBe(FREE_FAILURES.email);
    expect(results.filter((result) => !result.ok && result.reason === 'invalid')).toHaveLength(FREE_FAILURES.email);
    expect(results.filter((result) => !result.ok && result.reason === 'throttled')).toHaveLength(50 - FREE_FAILURES.email);
    expect(await db.auditEvent.count({ where: { action: 'auth.sign-in-failed', detail: { path: ['email'], equals: email } } })).toBe(FREE_FAILURES.email);

    // Refused attempts are not counted: the account's count is the attempts that were checked.
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } })).failures).toBe(FREE_FAILURES.email);
  });

  it('checks at most the allowed number of passwords from one address, whatever the accounts', async () => {
    const ip = '203.0.113.50';
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => signInWithPassword({ email: `nobody-${Date.now()}-${i}@example.com`, password: 'wrong-guess', ip })),
    );
    expect(verified.count).toBe(FREE_FAILURES.ip);
  });
});

describe('one attempt at a time', () => {
  it('lets the free failures through, then makes the account wait; the right password works after the wait', async () => {
    const email = await newUser();
    for (let attempt = 1; attempt <= FREE_FAILURES.email; attempt += 1) {
      expect(await signInWithPassword({ email, password: `wrong-${attempt}`, ip: null })).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await signInWithPassword({ email, password: PASSWORD, ip: null })).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await signInWithPassword({ email, password: PASSWORD, ip: null })).toMatchObject({ ok: true });
    // The success cleared the account's count.
    expect(await db.signInThrottle.count({ where: { key: `email:${email}` } })).toBe(0);
  });

  it('does not count successful sign-ins against the address', async () => {
    const email = await newUser();
    const ip = '192.0.2.77';
    for (let i = 0; i < FREE_FAILURES.ip + 5; i += 1) {
      expect(await signInWithPassword({ email, password: PASSWORD, ip })).toMatchObject({ ok: true });
    }
    expect((await db.signInThrottle.findUnique({ where: { key: `ip:${ip}` } }))?.failures ?? 0).toBe(0);
  });
});

describe('the address a sign-in is counted and audited under', () => {
  type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown>;

  async function attempt(email: string, headers: Record<string, string>) {
    const { authOptions } = await import('./config');
    const { authorize } = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options;
    await expect(authorize({ email, password: 'not-the-password' }, { headers })).rejects.toThrow('invalid');
    return db.auditEvent.findFirstOrThrow({ where: { action: 'auth.sign-in-failed', detail: { path: ['email'], equals: email } }, select: { ip: true } });
  }

  it('is never what the client wrote in X-Forwarded-For', async () => {
    const { CLIENT_IP_HEADER, CLIENT_IP_STAMPED } = await import('@/lib/server/client-address.mjs');
    const spoofed = { 'x-forwarded-for': '203.0.113.66', [CLIENT_IP_HEADER]: '203.0.113.67' };
    // Outside the production server nobody vouches for the header: no address rather than a forged one.
    expect((await attempt(await newUser(), spoofed)).ip).toBeNull();

    // Under it, the header is the one the server wrote from the socket (lib/server/client-address.mjs).
    const scope = globalThis as Record<symbol, unknown>;
    scope[CLIENT_IP_STAMPED] = true;
    try {
      expect((await attempt(await newUser(), { 'x-forwarded-for': '203.0.113.66', [CLIENT_IP_HEADER]: '192.0.2.1' })).ip).toBe('192.0.2.1');
    } finally {
      delete scope[CLIENT_IP_STAMPED];
    }
    expect(await db.signInThrottle.count({ where: { key: { in: ['ip:203.0.113.66', 'ip:203.0.113.67'] } } })).toBe(0);
  });
});
