import 'server-only';
import type { z } from 'zod';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { requireRole } from '@/lib/auth/session';
import { reserveAttempt, settleSuccess, throttleKeys } from '@/lib/auth/throttle';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getDb } from '@/lib/db';
import { oneTimePassword } from './one-time-password';
import type { changeOwnPasswordSchema, changeRoleSchema, createUserSchema, resetPasswordSchema, setDisabledSchema } from './schema';

type Tx = Prisma.TransactionClient;

const LAST_ADMIN = '至少要保留一位启用中的管理员 · There must always be at least one active admin.';

async function isLastActiveAdmin(tx: Tx, userId: string) {
  const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabled: true } });
  if (!target) throw new UserFacingError('找不到这个用户 · That user does not exist.', 'NOT_FOUND');
  if (target.role !== 'ADMIN' || target.disabled) return false;
  const others = await tx.user.count({ where: { role: 'ADMIN', disabled: false, id: { not: userId } } });
  return others === 0;
}

// Two admins demoting each other at once must not both succeed: serialise the guard.
async function lockAdmins(tx: Tx) {
  await tx.$executeRaw`SELECT id FROM "User" WHERE role = 'ADMIN' FOR UPDATE`;
}

/** Creates an account with a one-time password, returned once and never stored in clear. */
export async function createUser(input: z.output<typeof createUserSchema>) {
  const actor = await requireRole('ADMIN');
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const db = getDb();
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new UserFacingError('这个邮箱已有账号 · An account with this email already exists.');
  const user = await db.$transaction(async (tx: Tx) => {
    const created = await tx.user
      .create({ data: { ...input, passwordHash, mustChangePassword: true }, select: { id: true, email: true } })
      .catch((error: { code?: string }) => {
        // Two admins inviting the same address at once: the unique index decides.
        if (error.code === 'P2002') throw new UserFacingError('这个邮箱已有账号 · An account with this email already exists.');
        throw error;
      });
    await recordAudit({ action: 'user.create', actorId: actor.id, targetType: 'User', targetId: created.id, detail: { email: input.email, role: input.role } }, tx);
    return created;
  });
  return { userId: user.id, email: user.email, oneTimePassword: password };
}

export async function changeUserRole(input: z.output<typeof changeRoleSchema>) {
  const actor = await requireRole('ADMIN');
  await getDb().$transaction(async (tx: Tx) => {
    await lockAdmins(tx);
    if (input.role !== 'ADMIN' && (await isLastActiveAdmin(tx, input.userId))) throw new UserFacingError(LAST_ADMIN);
    const before = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { role: true } });
    if (before.role === input.role) return;
    // A new session version ends every session of the user: the old role is no longer carried anywhere.
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role, sessionVersion: { increment: 1 } } });
    await recordAudit({ action: 'user.role-change', actorId: actor.id, targetType: 'User', targetId: input.userId, detail: { from: before.role, to: input.role } }, tx);
  });
}

export async function setUserDisabled(input: z.output<typeof setDisabledSchema>) {
  const actor = await requireRole('ADMIN');
  await getDb().$transaction(async (tx: Tx) => {
    await lockAdmins(tx);
    if (input.disabled && (await isLastActiveAdmin(tx, input.userId))) throw new UserFacingError(LAST_ADMIN);
    await tx.user.update({ where: { id: input.userId }, data: { disabled: input.disabled, sessionVersion: { increment: 1 } } });
    await recordAudit({ action: input.disabled ? 'user.disable' : 'user.enable', actorId: actor.id, targetType: 'User', targetId: input.userId }, tx);
  });
}

/**
 * Sets a new one-time password and ends the user's sessions; the password is returned once,
 * and the user must choose their own at their next sign-in.
 */
export async function resetUserPassword(input: z.output<typeof resetPasswordSchema>) {
  const actor = await requireRole('ADMIN');
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await getDb().$transaction(async (tx: Tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!user) throw new UserFacingError('找不到这个用户 · That user does not exist.', 'NOT_FOUND');
    await tx.user.update({ where: { id: input.userId }, data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } } });
    await recordAudit({ action: 'user.password-reset', actorId: actor.id, targetType: 'User', targetId: input.userId }, tx);
  });
  return { oneTimePassword: password };
}

/**
 * Any signed-in user changes their own password (the one thing a user signed in with a
 * one-time password may do); every session of theirs ends. Guesses at the current password
 * count against the account exactly as failed sign-ins do (lib/auth/throttle.ts): a stolen
 * session cannot be used to try passwords faster than the sign-in form allows.
 */
export async function changeOwnPassword(input: z.output<typeof changeOwnPasswordSchema>) {
  const actor = await requireRole('READER', { duringPasswordChange: true });
  // The account's key only: the guesser already holds this account's session, and counting
  // against the address as well would let one user's typos lock out a whole office.
  const keys = throttleKeys(actor.email, null);
  const reservation = await reserveAttempt(keys);
  if (!reservation.allowed) {
    const seconds = reservation.retryAfterSeconds;
    throw new UserFacingError(`尝试次数过多,请 ${seconds} 秒后再试 · Too many attempts. Try again in ${seconds} s.`, 'INVALID');
  }
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new UserFacingError('当前密码不正确 · Your current password is not correct.', 'INVALID');
  }
  await settleSuccess(keys);
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx: Tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } } });
    await recordAudit({ action: 'auth.password-change', actorId: actor.id, targetType: 'User', targetId: actor.id }, tx);
  });
}
