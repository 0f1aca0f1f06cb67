import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { connection } from 'next/server';
import { Pager } from '@/components/ui/pager';
import { cachedPublishedTopicPage } from '@/lib/topics/cached-queries';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  // Rendered per request (a page with no parameter would otherwise be rendered at build time,
  // which needs the database then); the list itself comes from the cache a publish invalidates.
  await connection();
  const requested = Number((await searchParams).page);
  const { topics, page, hasMore } = await cachedPublishedTopicPage(Number.isInteger(requested) && requested > 1 && requested < 100_000 ? requested : 1);
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
      <Pager page={page} hasMore={hasMore} href={(n) => (n === 1 ? '/' : `/?page=${n}`)} />
    </div>
  );
}
