import { expect, it } from 'vitest';
import { escapeXml, renderAtom } from './atom';

it('escapes every value, so content never becomes markup', () => {
  expect(escapeXml(`<script>alert("x") & 'y'</script>\u0001`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;');
  const xml = renderAtom({
    id: 'http://x/feed.xml',
    title: '算力 & <b>',
    link: 'http://x/',
    self: 'http://x/feed.xml',
    updated: '2026-05-20T00:00:00.000Z',
    entries: [{ id: 'e1', title: '<img src=x onerror=alert(1)>', link: 'http://x/t', updated: '2026-05-20T00:00:00.000Z', summary: 'a < b' }],
  });
  expect(xml).toContain('<title>算力 &amp; &lt;b&gt;</title>');
  expect(xml).toContain('<title>&lt;img src=x onerror=alert(1)&gt;</title>');
  expect(xml).not.toContain('<img');
});
