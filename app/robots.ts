import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/env';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/editor', '/admin', '/account', '/login', '/api/'] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
