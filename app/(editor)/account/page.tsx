import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/users/change-password-form';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { requirePageRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: '账号 · Account' };

export default async function AccountPage() {
  const user = await requirePageRole('READER');
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold">账号 · Account</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">
        {user.name} · {user.email} · {ROLE_LABELS[user.role]}
      </p>
      <h2 className="mt-8 font-semibold">更改密码 · Change password</h2>
      <ChangePasswordForm />
    </div>
  );
}
