import { getFormatter, getTranslations } from 'next-intl/server';
import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Pager } from '@/components/ui/pager';
import { cachedPublishedTopicPage } from '@/lib/published/cached-reads';

// The home page is page 1 of this list: next.config's rewrites send "/" here
// (lib/i18n/locale-rewrites.ts), so it is cached like any published page (rendered on first
// visit, then served from the cache until a publish revalidates it) without being rendered at
// build time, when the database may be another one.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ n: string }> };

const pageNumber = (n: string) => (/^[1-9]\d{0,4}$/.test(n) ? Number(n) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = pageNumber((await params).n);
  return { alternates: { canonical: n === 1 ? '/' : `/page/${n}` } };
}

export default async function HomePage({ params }: Props) {
  const requested = pageNumber((await params).n);
  if (requested === null) notFound();
  const { topics, page, hasMore } = await cachedPublishedTopicPage(requested);
  if (page > 1 && topics.length === 0) notFound();
  const [t, format] = await Promise.all([getTranslations('Home'), getFormatter()]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">{t('intro')}</p>
      {topics.length === 0 ? (
        <p className="mt-8 italic text-stone-500">{t('empty')}</p>
      ) : (
        <ul className="mt-8 divide-y divide-stone-200 dark:divide-stone-800">
          {topics.map((topic) => (
            <li key={topic.slug} className="py-4">
              <Link href={`/topics/${topic.slug}`} className="text-xl font-semibold hover:underline">
                {topic.titleZh} · {topic.titleEn}
              </Link>
              <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
                {topic.updatedOn && (
                  <>
                    {t.rich('updated', {
                      date: format.dateTime(new Date(topic.updatedOn), { dateStyle: 'long' }),
                      time: (chunks) => <time dateTime={topic.updatedOn!}>{chunks}</time>,
                    })}
                    {' · '}
                  </>
                )}
                {t('counts', { interviews: topic.interviewCount, camps: topic.campCount })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {/* Typed routes know the internal /[locale]/page/[n], not the address the rewrites serve it at. */}
      <Pager page={page} hasMore={hasMore} href={(n) => (n === 1 ? '/' : (`/page/${n}` as Route))} />
    </div>
  );
}
