import 'server-only';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { getDb } from '@/lib/db';
import type { Role } from './roles';
import { normalizeEmail } from './email';
import { hashPassword, verifyPassword } from './password';
import { PASSWORD_MAX } from './password-policy';
import { reserveAttempt, settleSuccess, throttleKeys } from './throttle';

export type SignedInUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

export type SignInResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

const credentialsSchema = z.object({
  email: z.string().max(254).transform(normalizeEmail),
  password: z.string().min(1).max(PASSWORD_MAX),
});

// Verifying against a real hash for unknown emails keeps the response time the same either way.
let dummyHash: Promise<string> | undefined;

/**
 * Checks credentials with throttling per account and per address: the attempt is counted
 * before the password is (lib/auth/throttle.ts), so parallel attempts cannot all slip past
 * the limit. The result never says whether the email exists.
 */
export async function signInWithPassword(input: { email: unknown; password: unknown; ip: string | null }): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse({ email: input.email, password: input.password });
  const email = typeof input.email === 'string' ? normalizeEmail(input.email).slice(0, 254) : '';
  const keys = throttleKeys(email, input.ip);

  const reservation = await reserveAttempt(keys);
  if (!reservation.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: reservation.retryAfterSeconds };

  const user = parsed.success
    ? await getDb().user.findUnique({
        where: { email: parsed.data.email },
        select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true, passwordHash: true },
      })
    : null;
  const password = parsed.success ? parsed.data.password : '';
  const matches = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await (dummyHash ??= hashPassword('no such user, no such password')), password);

  if (!user || !matches || user.disabled) {
    await recordAudit({
      action: 'auth.sign-in-failed',
      actorId: user?.id ?? null,
      ip: input.ip,
      detail: { email, reason: user?.disabled && matches ? 'disabled' : 'invalid' },
    });
    return { ok: false, reason: 'invalid' };
  }
  await settleSuccess(keys);
  await recordAudit({ action: 'auth.sign-in', actorId: user.id, targetType: 'User', targetId: user.id, ip: input.ip });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
