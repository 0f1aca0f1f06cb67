import { getFormatter, getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { TopicArticle } from '@/components/topic/topic-article';
import { cachedPublishedVersion } from '@/lib/published/cached-reads';

// A published version never changes, but it is online only while its topic is published:
// rendered on first visit, then served from the cache until a takedown expires it with the
// topic's tag (at once). The five minutes only set the CDN's Cache-Control, as on the topic page.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; n: string }> };

// One address per version: /v/1, never /v/01 (a second address for the same page).
const loadVersion = cache(async (slug: string, n: string) => (/^[1-9]\d{0,5}$/.test(n) ? cachedPublishedVersion(slug, Number(n)) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  const version = await loadVersion(slug, n);
  if (!version) return {};
  const t = await getTranslations('Topic');
  return {
    title: `${version.document.titleZh} · ${version.document.titleEn} (${t('versionOf', { number: n })})`,
    alternates: { canonical: `/topics/${slug}` },
  };
}

export default async function TopicVersionPage({ params }: Props) {
  const { slug, n } = await params;
  const version = await loadVersion(slug, n);
  if (!version) notFound();
  const latest = version.publishNumber === version.latestPublishNumber;
  const [t, format] = await Promise.all([getTranslations('Topic'), getFormatter()]);
  return (
    <>
      <p role="note" className="mx-auto mt-6 max-w-3xl rounded border border-stone-300 bg-stone-50 px-4 py-2 text-sm dark:border-stone-700 dark:bg-stone-900">
        {t.rich('versionNote', {
          number: version.publishNumber,
          date: format.dateTime(new Date(version.publishedOn), { dateStyle: 'long' }),
          time: (chunks) => <time dateTime={version.publishedOn}>{chunks}</time>,
        })}
        {latest && t('currentVersion')}{' '}
        {!latest && (
          <Link href={`/topics/${slug}`} className="underline underline-offset-2">
            {t('seeLatest')}
          </Link>
        )}
      </p>
      <TopicArticle document={version.document} updatedOn={version.publishedOn} />
    </>
  );
}
