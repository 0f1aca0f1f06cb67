'use client';

import { useActionState } from 'react';
import { changeRoleAction, resetPasswordAction, setDisabledAction } from '@/app/(editor)/admin/users/actions';
import type { ActionState } from '@/lib/actions/action-state';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/roles';
import { FormMessage } from '@/components/ui/form-message';
import { OneTimePasswordNotice } from './one-time-password-notice';
import { CsrfField } from '@/components/ui/csrf-field';

const idle: ActionState = { status: 'idle' };
const idleReset: ActionState<{ oneTimePassword: string }> = { status: 'idle' };
const button = 'rounded border border-stone-300 px-2 py-1 disabled:opacity-60 dark:border-stone-600';

export function UserRowActions({ userId, email, role, disabled }: { userId: string; email: string; role: Role; disabled: boolean }) {
  const [roleState, changeRole, rolePending] = useActionState(changeRoleAction, idle);
  const [disabledState, toggleDisabled, disabledPending] = useActionState(setDisabledAction, idle);
  const [resetState, resetPassword, resetPending] = useActionState(resetPasswordAction, idleReset);
  const messageId = `user-${userId}-message`;
  const latest = [roleState, disabledState, resetState].find((state) => state.status === 'error') ?? roleState;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-describedby={messageId}>
      <form action={changeRole} className="flex items-center gap-1">
        <CsrfField />
        <input type="hidden" name="userId" value={userId} />
        <label className="sr-only" htmlFor={`role-${userId}`}>{`角色 · Role of ${email}`}</label>
        <select id={`role-${userId}`} name="role" defaultValue={role} className="rounded border border-stone-300 bg-transparent px-1 py-1 dark:border-stone-600">
          {ROLES.map((option) => (
            <option key={option} value={option}>{ROLE_LABELS[option]}</option>
          ))}
        </select>
        <button type="submit" disabled={rolePending} className={button}>改角色 · Set role</button>
      </form>
      <form action={toggleDisabled}>
        <CsrfField />
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
        <button type="submit" disabled={disabledPending} className={button}>
          {disabled ? '启用 · Enable' : '停用 · Disable'}
        </button>
      </form>
      <form action={resetPassword}>
        <CsrfField />
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" disabled={resetPending} className={button}>重置密码 · Reset password</button>
      </form>
      <div className="w-full">
        <FormMessage id={messageId} state={resetState.status === 'success' ? resetState : latest.status !== 'idle' ? latest : disabledState} />
        {resetState.status === 'success' && resetState.result && (
          <OneTimePasswordNotice email={email} password={resetState.result.oneTimePassword} />
        )}
      </div>
    </div>
  );
}
