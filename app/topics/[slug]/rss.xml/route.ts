import { siteUrl } from '@/lib/env';
import { topicFeed } from '@/lib/published/feed-reads';
import { renderRss, rssResponse } from '@/lib/feeds/rss';

export const dynamic = 'force-dynamic';

/** One topic's changelog (RSS 2.0; feed.xml next to it is the same in Atom). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const feed = await topicFeed(slug);
  if (!feed) return new Response('No such published topic.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return rssResponse(renderRss(feed, `${siteUrl()}/topics/${encodeURIComponent(slug)}/rss.xml`));
}
