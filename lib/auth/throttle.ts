import 'server-only';
import { getDb } from '@/lib/db';

// After 5 failed sign-ins on an account (20 from one address, which may be a whole office
// behind NAT), each further attempt must wait: 1 s, 2 s, 4 s … up to 15 minutes. Counts start
// over after 15 quiet minutes. The account key is the normalised email whether or not such a
// user exists, so the delays reveal nothing about which emails are registered.
//
// An attempt is counted before its password is checked, in one transaction that locks the
// keys' rows (reserveAttempt): of any number of attempts sent at once, only as many as the
// counts allow get as far as the password hash. A successful attempt gives its count back
// (settleSuccess). Changing one's own password goes through the same keys: guessing the
// current password there counts as guessing it at sign-in.
export const FREE_FAILURES = { email: 5, ip: 20 } as const;
const MAX_DELAY_SECONDS = 15 * 60;
const FORGET_AFTER_MS = 15 * 60 * 1000;

export const throttleKeys = (email: string, ip: string | null) => [`email:${email}`, ...(ip ? [`ip:${ip}`] : [])];

const freeFor = (key: string) => (key.startsWith('ip:') ? FREE_FAILURES.ip : FREE_FAILURES.email);

export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(2 ** (failures - free), MAX_DELAY_SECONDS);
}

export type Reservation = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts an attempt against every key, unless one of them is still waiting (then nothing is
 * counted and the wait is returned). The count that reaches a key's limit sets its wait, so
 * the attempts after it are refused before they reach the password hash.
 */
export async function reserveAttempt(keys: string[], now = new Date()): Promise<Reservation> {
  const sorted = [...new Set(keys)].sort(); // one lock order for every attempt: no deadlock
  return getDb().$transaction(
    async (tx) => {
      await tx.signInThrottle.createMany({ data: sorted.map((key) => ({ key, failures: 0 })), skipDuplicates: true });
      await tx.$queryRaw`SELECT "key" FROM "SignInThrottle" WHERE "key" = ANY(${sorted}) ORDER BY "key" FOR UPDATE`;
      const rows = await tx.signInThrottle.findMany({ where: { key: { in: sorted } } });
      const current = rows.map((row) => {
        const stale = now.getTime() - row.updatedAt.getTime() > FORGET_AFTER_MS;
        return { key: row.key, failures: stale ? 0 : row.failures, blockedUntil: stale ? null : row.blockedUntil };
      });
      const until = Math.max(0, ...current.map((row) => row.blockedUntil?.getTime() ?? 0));
      if (until > now.getTime()) return { allowed: false, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) } as const;
      for (const row of current) {
        const failures = row.failures + 1;
        const delay = delayAfter(failures, freeFor(row.key));
        await tx.signInThrottle.update({
          where: { key: row.key },
          data: { failures, blockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null },
        });
      }
      return { allowed: true } as const;
    },
    // A burst queues for the pool's connections; each transaction holds one for milliseconds.
    { maxWait: 15_000, timeout: 10_000 },
  );
}

/**
 * The attempt proved the password: the account's count is cleared, and the address gets back
 * the attempt it was charged (successes never count against an address).
 */
export async function settleSuccess(keys: string[]) {
  const db = getDb();
  for (const key of keys) {
    if (key.startsWith('email:')) {
      await db.signInThrottle.deleteMany({ where: { key } });
      continue;
    }
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "key" FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
      const row = await tx.signInThrottle.findUnique({ where: { key }, select: { failures: true } });
      if (!row) return;
      const failures = Math.max(0, row.failures - 1);
      // Below the limit again: the wait this attempt's count may have set goes with it.
      await tx.signInThrottle.update({ where: { key }, data: { failures, ...(failures < freeFor(key) ? { blockedUntil: null } : {}) } });
    });
  }
}
