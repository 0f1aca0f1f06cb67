import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { siteUrl } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Topic Desk · 主题台', template: '%s · Topic Desk' },
  description: 'Living topic pages: the consensus, the camps that disagree, and what the sources actually said.',
  icons: { icon: '/favicon.svg' },
  alternates: {
    types: {
      'application/atom+xml': [{ url: '/feed.xml', title: 'Topic Desk · 更新 · Updates' }],
      'application/rss+xml': [{ url: '/rss.xml', title: 'Topic Desk · 更新 · Updates (RSS)' }],
    },
  },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <header role="banner" className="border-b border-stone-200 dark:border-stone-800">
          <nav className="mx-auto flex max-w-3xl items-center justify-between px-4 py-3 sm:px-6" aria-label="主导航 · Main">
            <Link href="/" className="font-semibold">
              Topic Desk <span className="font-normal text-stone-500">· 主题台</span>
            </Link>
            <div className="flex items-center gap-3">
              {/* A plain GET form: search works without any script. */}
              <form role="search" action="/search" className="flex">
                <label htmlFor="site-search" className="sr-only">搜索 · Search</label>
                <input id="site-search" type="search" name="q" placeholder="搜索 · Search" className="w-28 rounded border border-stone-300 bg-transparent px-2 py-0.5 text-sm sm:w-44 dark:border-stone-600" />
              </form>
              {/* Static on purpose: the public pages are cached for every reader alike. */}
              <Link href="/editor" className="text-sm text-stone-600 underline-offset-2 hover:underline dark:text-stone-300">
                编辑登录 · Editor sign-in
              </Link>
            </div>
          </nav>
        </header>
        <main>{children}</main>
        <footer role="contentinfo" className="mx-auto max-w-3xl px-4 py-10 text-sm text-stone-500 sm:px-6">
          Topic Desk — 活文档 · living documents
        </footer>
      </body>
    </html>
  );
}
