import { getLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DocumentShell } from '@/components/site/document-shell';
import type { Locale } from '@/lib/i18n/locales';
import '../globals.css';

// The sign-in page's root layout: rendered per request, in the reader's language (lib/i18n/request.ts).
export default async function AuthLayout({ children }: { children: ReactNode }) {
  return <DocumentShell locale={(await getLocale()) as Locale}>{children}</DocumentShell>;
}
