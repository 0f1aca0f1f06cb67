'use client';

import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/text-field';

function messageFor(error: string): string {
  if (error.startsWith('throttled:')) {
    const seconds = Number(error.split(':')[1]) || 1;
    return `尝试次数过多,请 ${seconds} 秒后再试 · Too many attempts. Try again in ${seconds} s.`;
  }
  // The same message whether or not the email exists.
  return '邮箱或密码不正确 · The email or password is not correct.';
}

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        window.location.assign(callbackUrl);
        return;
      }
      setError(messageFor(result?.error ?? 'invalid'));
    } catch {
      setError('无法连接服务器,请稍后再试 · The server could not be reached. Try again in a moment.');
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="mt-8 space-y-4" aria-describedby={error ? 'login-error' : undefined}>
      <TextField id="email" name="email" type="email" label="邮箱 · Email" autoComplete="username" required maxLength={254} />
      <TextField id="password" name="password" type="password" label="密码 · Password" autoComplete="current-password" required maxLength={128} />
      <p id="login-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700 dark:text-red-400">
        {error}
      </p>
      <button type="submit" disabled={pending}
        className="w-full rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900">
        {pending ? '正在登录… · Signing in…' : '登录 · Sign in'}
      </button>
    </form>
  );
}
