'use client';

import { useRouter } from 'next/navigation';
import { signOut } from 'next-auth/react';

// Signs out without next-auth's redirect, which goes to the server's configured address
// (NEXTAUTH_URL: localhost, say) even for a user who came by another name (127.0.0.1); the
// home page is then opened on the host the user is on.
export function SignOutButton() {
  const router = useRouter();
  const signOutHere = async () => {
    await signOut({ redirect: false });
    router.replace('/');
    router.refresh();
  };
  return (
    <button type="button" onClick={() => void signOutHere()} className="underline underline-offset-2">
      退出 · Sign out
    </button>
  );
}
