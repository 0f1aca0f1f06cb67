import 'server-only';
import { getDb } from '@/lib/db';

// After 5 failed sign-ins on an account (20 from one address, which may be a whole office
// behind NAT), each further attempt must wait: 1 s, 2 s, 4 s … up to 15 minutes. Counts start
// over after 15 quiet minutes. The account key is the normalised email whether or not such a
// user exists, so the delays reveal nothing about which emails are registered.
export const FREE_FAILURES = { email: 5, ip: 20 } as const;
const MAX_DELAY_SECONDS = 15 * 60;
const FORGET_AFTER_MS = 15 * 60 * 1000;

export const throttleKeys = (email: string, ip: string | null) => [`email:${email}`, ...(ip ? [`ip:${ip}`] : [])];

export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(2 ** (failures - free), MAX_DELAY_SECONDS);
}

/** Seconds until another attempt is allowed for any of the keys (0: allowed now). */
export async function secondsUntilAllowed(keys: string[], now = new Date()): Promise<number> {
  const rows = await getDb().signInThrottle.findMany({ where: { key: { in: keys } }, select: { blockedUntil: true } });
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil?.getTime() ?? 0));
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

export async function recordFailure(keys: string[], now = new Date()) {
  const db = getDb();
  for (const key of keys) {
    const previous = await db.signInThrottle.findUnique({ where: { key }, select: { updatedAt: true } });
    const stale = previous && now.getTime() - previous.updatedAt.getTime() > FORGET_AFTER_MS;
    const row = await db.signInThrottle.upsert({
      where: { key },
      create: { key, failures: 1 },
      update: stale ? { failures: 1, blockedUntil: null } : { failures: { increment: 1 } },
      select: { failures: true },
    });
    const delay = delayAfter(row.failures, key.startsWith('ip:') ? FREE_FAILURES.ip : FREE_FAILURES.email);
    if (delay > 0) {
      await db.signInThrottle.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + delay * 1000) } });
    }
  }
}

/** A successful sign-in clears the account's count; the address keeps its own. */
export async function clearFailures(email: string) {
  await getDb().signInThrottle.deleteMany({ where: { key: `email:${email}` } });
}
