'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { changePasswordAction } from '@/app/(editor)/account/actions';
import type { ActionState } from '@/lib/actions/action-state';
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/password-policy';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { CsrfField } from '@/components/ui/csrf-field';

const initial: ActionState = { status: 'idle' };

/** `callbackUrl`: where signing in again with the new password leads (a path checked by the page). */
export function ChangePasswordForm({ callbackUrl = '/account' }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState(changePasswordAction, initial);
  const errors = state.fieldErrors ?? {};
  if (state.status === 'success') {
    return (
      <div className="mt-6">
        <FormMessage id="password-message" state={state} />
        <Link href={`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="underline underline-offset-2">登录 · Sign in</Link>
      </div>
    );
  }
  const fields = [
    { name: 'currentPassword', label: '当前密码 · Current password', autoComplete: 'current-password' },
    { name: 'newPassword', label: `新密码(${PASSWORD_MIN}–${PASSWORD_MAX} 个字符) · New password`, autoComplete: 'new-password' },
    { name: 'confirmPassword', label: '再输一次新密码 · New password again', autoComplete: 'new-password' },
  ];
  return (
    <form action={action} className="mt-6 max-w-sm space-y-4" aria-describedby="password-message">
      <CsrfField />
      {fields.map((field) => (
        <TextField key={field.name} id={field.name} name={field.name} type="password" label={field.label} required
          maxLength={PASSWORD_MAX} autoComplete={field.autoComplete} errors={errors[field.name]} />
      ))}
      <FormMessage id="password-message" state={state} />
      <button type="submit" disabled={pending}
        className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900">
        更改密码 · Change password
      </button>
    </form>
  );
}
