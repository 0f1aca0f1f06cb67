import { siteUrl } from '@/lib/env';
import { siteUpdatesFeed } from '@/lib/published/feed-reads';
import { renderRss, rssResponse } from '@/lib/feeds/rss';

export const dynamic = 'force-dynamic';

/** All updates across the site (RSS 2.0; /feed.xml is the same in Atom). */
export async function GET() {
  return rssResponse(renderRss(await siteUpdatesFeed(), `${siteUrl()}/rss.xml`));
}
