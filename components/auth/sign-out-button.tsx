'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/' })} className="underline underline-offset-2">
      退出 · Sign out
    </button>
  );
}
