import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

// Addresses that match no route at all (outside every root layout). Both languages: there is no
// page to take the reader's choice from.
export const metadata: Metadata = { title: '找不到这个页面 · Page not found — Topic Desk' };

export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <main className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
          <h1 className="text-2xl font-bold">
            找不到这个页面 · <span lang="en">Page not found</span>
          </h1>
          <p className="mt-6">
            <Link href="/" className="underline underline-offset-2">
              返回主题列表 · <span lang="en">Back to all topics</span>
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
