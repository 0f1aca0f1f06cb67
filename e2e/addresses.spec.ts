import { expect, test } from '@playwright/test';
import { sql } from './support/database';

// Every public address that carries a slug or an id answers the right page, a redirect to it,
// or the not-found page — never a 500 and never another page — however it is typed: upper
// case, a trailing slash, characters a slug never has, encoded and doubly encoded forms.

/** `page`: this page; `redirectTo`: a redirect there; neither: not found. `orNotFound`: the page or not found. */
type Expectation = { path: string; page?: RegExp; redirectTo?: string; orNotFound?: boolean };

const TOPIC = /<title>开源模型追上来了吗 · Open-Weights Catch-Up/;
const SPEAKER = /<title>Mara Lindqvist/;

test('odd forms of topic, version, speaker and interview addresses', async ({ request }) => {
  const [interview] = await sql<{ id: string }>(
    `SELECT s."interviewId" AS id FROM "TopicSource" s JOIN "Topic" t ON t.id = s."topicId" WHERE t.slug = 'open-weights-catch-up' LIMIT 1`,
  );
  const cases: Expectation[] = [
    { path: '/topics/open-weights-catch-up', page: TOPIC },
    { path: '/topics/open-weights-catch-up/', redirectTo: '/topics/open-weights-catch-up' },
    { path: '/topics/OPEN-WEIGHTS-CATCH-UP', redirectTo: '/topics/open-weights-catch-up' },
    { path: '/topics/Open-Weights-Catch-Up/', redirectTo: '/topics/Open-Weights-Catch-Up' },
    { path: '/topics/open%2Dweights%2Dcatch%2Dup', page: TOPIC, orNotFound: true },
    { path: '/topics/open%252Dweights%252Dcatch%252Dup' },
    { path: '/topics/%E7%AE%97%E5%8A%9B' },
    { path: '/topics/算力' },
    { path: '/topics/open-weights-catch-up%00' },
    { path: '/topics/open-weights-catch-up%E2%80%8B' },
    { path: `/topics/${'x'.repeat(300)}` },
    { path: '/topics/open-weights-catch-up/v/1', page: TOPIC },
    { path: '/topics/open-weights-catch-up/v/01' },
    { path: '/topics/open-weights-catch-up/v/1.0' },
    { path: '/topics/open-weights-catch-up/v/-1' },
    { path: '/topics/open-weights-catch-up/v/99999999999999999999' },
    { path: '/topics/open-weights-catch-up/v/%31', page: TOPIC, orNotFound: true },
    { path: '/speakers/mara-lindqvist', page: SPEAKER },
    { path: '/speakers/MARA-LINDQVIST', redirectTo: '/speakers/mara-lindqvist' },
    { path: '/speakers/mara-lindqvist/', redirectTo: '/speakers/mara-lindqvist' },
    { path: '/speakers/mara%20lindqvist' },
    { path: '/speakers/%F0%9F%9A%80' },
    { path: `/interviews/${interview!.id}`, page: /<h1/ },
    { path: `/interviews/${interview!.id.toUpperCase()}` },
    { path: `/interviews/${interview!.id}%27%20OR%201=1` },
    { path: '/page/2' },
    { path: '/page/0' },
    { path: '/page/abc' },
  ];
  for (const { path, page, redirectTo, orNotFound } of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    const status = response.status();
    expect(status, path).not.toBeGreaterThanOrEqual(500);
    if (redirectTo) {
      expect([301, 307, 308], `${path} redirects`).toContain(status);
      expect(new URL(response.headers().location!, 'http://x').pathname, path).toBe(redirectTo);
    } else if (page && !(orNotFound && status === 404)) {
      expect(status, path).toBe(200);
      expect(await response.text(), path).toMatch(page);
    } else {
      expect(status, `${path} is not a page`).toBe(404);
    }
  }
});
