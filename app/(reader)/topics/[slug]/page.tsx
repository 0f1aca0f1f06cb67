import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { TopicArticle } from '@/components/topic/topic-article';
import { findRenamedTopicSlug, getPublishedTopic } from '@/lib/topics/queries';

// Rendered on first visit, then served from the cache until a publish revalidates it.
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

const loadTopic = cache(getPublishedTopic);

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await loadTopic((await params).slug);
  if (!topic) return {};
  const { titleZh, titleEn, consensus } = topic.document;
  return {
    title: `${titleZh} · ${titleEn}`,
    description: consensus[0]?.statement.slice(0, 160),
  };
}

export default async function TopicPage({ params }: Props) {
  const { slug } = await params;
  const topic = await loadTopic(slug);
  if (!topic) {
    const renamed = await findRenamedTopicSlug(slug);
    if (renamed) permanentRedirect(`/topics/${renamed}`);
    notFound();
  }
  return <TopicArticle document={topic.document} updatedOn={topic.updatedOn} />;
}
