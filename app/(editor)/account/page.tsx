import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/users/change-password-form';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { requirePageRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: '账号 · Account' };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

// Also the change-password screen a user signed in with a one-time password is sent to (and
// the only signed-in screen open to them until they have chosen their own).
export default async function AccountPage({ searchParams }: Props) {
  const user = await requirePageRole('READER', { duringPasswordChange: true });
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl, '/account');
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold">账号 · Account</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">
        {user.name} · {user.email} · {ROLE_LABELS[user.role]}
      </p>
      {user.mustChangePassword && (
        <p className="mt-6 max-w-prose rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          你用管理员设置的一次性密码登录。请先设置自己的密码,然后用新密码重新登录。 · You signed in with a one-time password an admin
          set. Choose your own password, then sign in again with it.
        </p>
      )}
      <h2 className="mt-8 font-semibold">更改密码 · Change password</h2>
      <ChangePasswordForm callbackUrl={callbackUrl} />
    </div>
  );
}
