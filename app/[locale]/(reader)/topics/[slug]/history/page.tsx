import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { VersionHistory } from '@/components/topic/version-history';
import { cachedPublishedHistory } from '@/lib/published/cached-reads';
import { findRenamedTopicSlug } from '@/lib/published/topic-reads';

// Every published version of a topic, from the published record only. Cached with the topic's
// tag: a publish adds a row at once, an unpublish or trash takes the page down (404) at once.
// The five minutes only set the CDN's Cache-Control, as on the topic page.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const loadHistory = cache(cachedPublishedHistory);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const history = await loadHistory(slug);
  if (!history) return {};
  const t = await getTranslations('History');
  return { title: t('pageTitle', { title: `${history.titleZh} · ${history.titleEn}` }), alternates: { canonical: `/topics/${slug}/history` } };
}

export default async function TopicHistoryPage({ params }: Props) {
  const { slug } = await params;
  if (slug !== slug.toLowerCase()) permanentRedirect(`/topics/${slug.toLowerCase()}/history`);
  const history = await loadHistory(slug);
  if (!history) {
    const renamed = await findRenamedTopicSlug(slug);
    if (renamed) permanentRedirect(`/topics/${renamed}/history`);
    notFound();
  }
  return <VersionHistory history={history} />;
}
