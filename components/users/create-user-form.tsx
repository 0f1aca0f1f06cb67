'use client';

import { useActionState } from 'react';
import { createUserAction } from '@/app/(editor)/admin/users/actions';
import type { ActionState } from '@/lib/actions/action-state';
import { ROLE_LABELS, ROLES } from '@/lib/auth/roles';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { OneTimePasswordNotice } from './one-time-password-notice';
import { CsrfField } from '@/components/ui/csrf-field';

const initial: ActionState<{ email: string; oneTimePassword: string }> = { status: 'idle' };
const input = 'mt-1 w-full rounded border border-stone-300 bg-transparent px-3 py-2 dark:border-stone-600';

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, initial);
  const errors = state.fieldErrors ?? {};
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-4 sm:items-end" aria-describedby="create-user-message">
      <CsrfField />
      <TextField id="new-email" name="email" type="email" label="邮箱 · Email" required maxLength={254}
        defaultValue={values?.email} errors={errors.email} />
      <TextField id="new-name" name="name" label="姓名 · Name" required maxLength={100} defaultValue={values?.name} errors={errors.name} />
      <div>
        <label htmlFor="new-role" className="text-sm font-medium">角色 · Role</label>
        <select id="new-role" name="role" defaultValue={values?.role ?? 'ANALYST'} className={input}>
          {ROLES.map((role) => (
            <option key={role} value={role}>{ROLE_LABELS[role]}</option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending}
        className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900">
        创建账号 · Create account
      </button>
      <div className="sm:col-span-4">
        <FormMessage id="create-user-message" state={state} />
        {state.status === 'success' && state.result && (
          <OneTimePasswordNotice email={state.result.email} password={state.result.oneTimePassword} />
        )}
      </div>
    </form>
  );
}
