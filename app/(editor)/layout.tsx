import Link from 'next/link';
import { getLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DocumentShell } from '@/components/site/document-shell';
import type { Locale } from '@/lib/i18n/locales';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { hasRole, ROLE_LABELS } from '@/lib/auth/roles';
import { getCurrentUser } from '@/lib/auth/session';
import { CsrfTokenProvider } from '@/components/ui/csrf-field';
import { CSRF_COOKIE } from '@/lib/security/csrf-token';
import { cookies } from 'next/headers';

import '../globals.css';

// The signed-in screens' root layout (rendered per request: the interface language comes from
// the reader's cookie or browser, lib/i18n/request.ts). Not a security boundary: every page and
// mutation checks the role itself.
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const [user, locale, jar] = await Promise.all([getCurrentUser(), getLocale(), cookies()]);
  return (
    <DocumentShell locale={locale as Locale} signedIn={Boolean(user)}>
    {/* break-words: an e-mail address or a slug longer than a phone's width wraps instead of
        pushing the whole screen sideways (overflow-wrap that keeps table columns' widths). */}
    <div className="mx-auto max-w-5xl break-words px-4 sm:px-6">
      {user && (
        <nav aria-label="编辑导航 · Editor" className="flex flex-wrap items-center gap-4 border-b border-stone-200 py-3 text-sm dark:border-stone-800">
          {/* Signed in with a one-time password: the account screen is the only one open (lib/auth/session.ts). */}
          {!user.mustChangePassword && (
            <>
              {hasRole(user.role, 'ANALYST') && <Link href="/editor">编辑台 · Desk</Link>}
              {hasRole(user.role, 'ANALYST') && <Link href="/editor/speakers">讲者 · Speakers</Link>}
              {hasRole(user.role, 'ANALYST') && <Link href="/editor/interviews">访谈 · Interviews</Link>}
              {hasRole(user.role, 'ANALYST') && <Link href="/editor/quotes">引语库 · Quotes</Link>}
              {hasRole(user.role, 'ADMIN') && <Link href="/admin/users">用户 · Users</Link>}
              {hasRole(user.role, 'ADMIN') && <Link href="/admin/audit">审计 · Audit</Link>}
              {hasRole(user.role, 'ADMIN') && <Link href="/admin/trash">回收站 · Trash</Link>}
            </>
          )}
          <Link href="/account">账号 · Account</Link>
          <span className="ml-auto text-stone-500">
            {user.name} · {ROLE_LABELS[user.role]}
          </span>
          <SignOutButton />
        </nav>
      )}
      <CsrfTokenProvider token={jar.get(CSRF_COOKIE)?.value ?? ''}>{children}</CsrfTokenProvider>
    </div>
    </DocumentShell>
  );
}
