// A small Atom 1.0 writer: every value is escaped, so content never becomes markup.
export type AtomEntry = { id: string; title: string; link: string; updated: string; summary: string };
export type AtomFeed = { id: string; title: string; link: string; self: string; updated: string; entries: AtomEntry[] };

export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function renderAtom(feed: AtomFeed): string {
  const entries = feed.entries
    .map(
      (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link href="${escapeXml(entry.link)}"/>
    <updated>${escapeXml(entry.updated)}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link href="${escapeXml(feed.link)}"/>
  <link rel="self" href="${escapeXml(feed.self)}"/>
  <updated>${escapeXml(feed.updated)}</updated>
  <author><name>Topic Desk</name></author>
${entries}
</feed>
`;
}

export const atomResponse = (xml: string) =>
  new Response(xml, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60, s-maxage=300' },
  });
