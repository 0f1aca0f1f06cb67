import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/env';
import { listPublishedSlugs } from '@/lib/published/topic-reads';

export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = siteUrl();
  const topics = await listPublishedSlugs();
  return [
    { url: `${site}/`, changeFrequency: 'daily', priority: 1 },
    { url: `${site}/speakers`, changeFrequency: 'daily', priority: 0.5 },
    ...topics.map((topic) => ({
      url: `${site}/topics/${topic.slug}`,
      lastModified: topic.updatedOn ?? undefined,
      changeFrequency: 'weekly' as const,
      priority: 0.8,
    })),
  ];
}
