// RSS 2.0 for readers whose feed reader predates Atom: the same feed, the same escaping.
import { escapeXml, type AtomFeed } from './atom';

const rfc822 = (iso: string) => new Date(iso).toUTCString();

/** `self` is the RSS address (the feed's own `self` names the Atom one). */
export function renderRss(feed: AtomFeed, self: string): string {
  const items = feed.entries
    .map(
      (entry) => `    <item>
      <guid isPermaLink="false">${escapeXml(entry.id)}</guid>
      <title>${escapeXml(entry.title)}</title>
      <link>${escapeXml(entry.link)}</link>
      <pubDate>${rfc822(entry.updated)}</pubDate>
      <description>${escapeXml(entry.summary)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.link)}</link>
    <description>${escapeXml(feed.title)}</description>
    <atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>
    <lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>
${items}
  </channel>
</rss>
`;
}

export const rssResponse = (xml: string) =>
  new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60, s-maxage=300' },
  });
