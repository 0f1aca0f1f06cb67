import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { TopicArticle } from '@/components/topic/topic-article';
import { siteUrl } from '@/lib/env';
import { cachedConfidenceSteps, cachedPublishedTopic } from '@/lib/published/cached-reads';
import { findRenamedTopicSlug } from '@/lib/published/topic-reads';
import { topicJsonLd } from '@/lib/topics/structured-data';
import { lowerCaseSlug } from '@/lib/text/slug-case';

// Rendered on first visit, then served from the cache until a publish revalidates it (by tag,
// at once). The five-minute revalidate only sets the CDN's Cache-Control (s-maxage=300 with
// stale-while-revalidate): a CDN in front shows a publish within minutes, the app within a second.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

const loadTopic = cache(cachedPublishedTopic);

type Props = { params: Promise<{ slug: string }> };

const plain = (markdown: string) => markdown.replace(/[*_`]/g, '');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const topic = await loadTopic(slug);
  if (!topic) return {};
  const { titleZh, titleEn, consensus, view } = topic.document;
  const title = `${titleZh} · ${titleEn}`;
  const description = plain(consensus[0]?.statement ?? view?.judgment ?? '').slice(0, 160) || undefined;
  const url = `/topics/${slug}`;
  return {
    title,
    description,
    alternates: {
      canonical: url,
      types: {
        // A page's alternates replace the layout's: name the site's feeds again next to its own.
        'application/atom+xml': [{ url: `${url}/feed.xml`, title: `${titleZh} · 更新日志` }, { url: '/feed.xml', title: 'Topic Desk · 更新 · Updates' }],
        'application/rss+xml': [{ url: `${url}/rss.xml`, title: `${titleZh} · 更新日志 (RSS)` }, { url: '/rss.xml', title: 'Topic Desk · 更新 · Updates (RSS)' }],
      },
    },
    openGraph: {
      type: 'article',
      title,
      description,
      url,
      siteName: 'Topic Desk',
      locale: 'zh_CN',
      publishedTime: topic.firstPublishedOn,
      modifiedTime: topic.updatedOn,
    },
    // The card image comes from opengraph-image.tsx (Next adds og:image; X falls back to it).
    twitter: { card: 'summary_large_image', title, description },
  };
}

export default async function TopicPage({ params }: Props) {
  const { slug } = await params;
  // Addresses are lower case; one typed otherwise goes to the page it names.
  const lower = lowerCaseSlug(slug);
  if (lower) permanentRedirect(`/topics/${lower}`);
  const topic = await loadTopic(slug);
  if (!topic) {
    const renamed = await findRenamedTopicSlug(slug);
    if (renamed) permanentRedirect(`/topics/${renamed}`);
    notFound();
  }
  const confidenceSteps = await cachedConfidenceSteps(slug);
  const jsonLd = topicJsonLd(topic.document, {
    url: `${siteUrl()}/topics/${slug}`,
    updatedOn: topic.updatedOn,
    firstPublishedOn: topic.firstPublishedOn,
    siteUrl: siteUrl(),
  });
  return (
    <>
      {/* Escaped by topicJsonLd: no text of the page can end this element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <TopicArticle document={topic.document} updatedOn={topic.updatedOn} confidenceSteps={confidenceSteps} />
    </>
  );
}
