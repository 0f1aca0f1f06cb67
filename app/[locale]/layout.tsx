import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DocumentShell } from '@/components/site/document-shell';
import { siteUrl } from '@/lib/env';
import { isLocale, LOCALES } from '@/lib/i18n/locales';
import '../globals.css';

// The public site's root layout, once per interface language. Readers keep plain addresses
// (/topics/x); next.config's rewrites choose the language segment (lib/i18n/locale-rewrites.ts).
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: 'Topic Desk · 主题台', template: '%s · Topic Desk' },
    description: t('description'),
    icons: { icon: '/favicon.svg' },
    alternates: {
      types: {
        'application/atom+xml': [{ url: '/feed.xml', title: 'Topic Desk · 更新 · Updates' }],
        'application/rss+xml': [{ url: '/rss.xml', title: 'Topic Desk · 更新 · Updates (RSS)' }],
      },
    },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <DocumentShell locale={locale}>{children}</DocumentShell>;
}
