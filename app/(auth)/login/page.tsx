import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { getCurrentUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: '登录 · Sign in' };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl as never);
  return (
    <div className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold">登录 · Sign in</h1>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-300">
        分析师和管理员登录后编辑主题页。 · Analysts and admins sign in to edit topic pages.
      </p>
      <LoginForm callbackUrl={callbackUrl} />
    </div>
  );
}
