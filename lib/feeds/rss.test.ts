import { expect, it } from 'vitest';
import { renderRss } from './rss';

it('writes RSS 2.0 with every value escaped and dates in RFC 822', () => {
  const xml = renderRss(
    {
      id: 'http://x/feed.xml',
      title: '算力 & <b>',
      link: 'http://x/',
      self: 'http://x/feed.xml',
      updated: '2026-05-20T00:00:00.000Z',
      entries: [{ id: 'e1', title: '<img src=x onerror=alert(1)>', link: 'http://x/t?a=1&b=2', updated: '2026-05-19T08:00:00.000Z', summary: 'a < b' }],
    },
    'http://x/rss.xml',
  );
  expect(xml).toContain('<rss version="2.0"');
  expect(xml).toContain('<title>算力 &amp; &lt;b&gt;</title>');
  expect(xml).toContain('<atom:link href="http://x/rss.xml" rel="self" type="application/rss+xml"/>');
  expect(xml).toContain('<link>http://x/t?a=1&amp;b=2</link>');
  expect(xml).toContain('<pubDate>Tue, 19 May 2026 08:00:00 GMT</pubDate>');
  expect(xml).not.toContain('<img');
});
