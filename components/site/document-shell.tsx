import type { Route } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { LanguageSwitch } from './language-switch';

/**
 * <html> and the site's header and footer, in the interface language; every root layout uses it.
 * Its links do not prefetch: every page view fetched each one ahead, /editor included (a
 * dynamic request, signed-in check and redirect on the server for every reader who never
 * signs in). A click still navigates without a full reload.
 */
export async function DocumentShell({ locale, signedIn = false, children }: { locale: Locale; signedIn?: boolean; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="min-h-screen bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <header role="banner" className="border-b border-stone-200 dark:border-stone-800">
          <nav className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3 sm:px-6" aria-label={t('mainNav')}>
            <Link href="/" prefetch={false} className="font-semibold">
              Topic Desk{locale === 'zh' && <span className="font-normal text-stone-500"> · {t('brand')}</span>}
            </Link>
            <div className="flex items-center gap-3">
              <Link href={'/speakers' as Route} prefetch={false} className="text-sm underline-offset-2 hover:underline">
                {t('speakers')}
              </Link>
              {/* A plain GET form: search works without any script. */}
              <form role="search" aria-label={t('siteSearch')} action="/search" className="flex">
                <label htmlFor="site-search" className="sr-only">{t('search')}</label>
                <input id="site-search" type="search" name="q" placeholder={t('search')} className="w-28 rounded border border-stone-300 bg-transparent px-2 py-0.5 text-sm sm:w-44 dark:border-stone-600" />
              </form>
              {/* Static on purpose: the public pages are cached for every reader alike. The signed-in
                  screens have their own navigation, and no sign-in link. */}
              {!signedIn && (
                <Link href="/editor" prefetch={false} className="text-sm text-stone-600 underline-offset-2 hover:underline dark:text-stone-300">
                  {t('signIn')}
                </Link>
              )}
              <LanguageSwitch locale={locale} />
            </div>
          </nav>
        </header>
        <main>{children}</main>
        <footer role="contentinfo" className="mx-auto max-w-3xl px-4 py-10 text-sm text-stone-500 sm:px-6">
          Topic Desk — {t('footer')}
        </footer>
      </body>
    </html>
  );
}
