import { expect, test } from '@playwright/test';
import { sql } from './support/database';

// The search cache cannot be filled by a flood: 5,000 unique queries leave the topic pages in
// Next's cache (still answered from it) and the search cache within its stated bound
// (lib/published/search-cache.ts: a query is kept only when it is asked again), and so does the
// production server's cache of whole results pages (lib/microcache/search-pages.mjs).

type Stats = { entries: number; bytes: number; limits: { entries: number; bytes: number } };
type Health = { searchCache: Stats; searchPageCache: Stats };
const run = Math.random().toString(36).slice(2, 8);

async function health(baseURL: string): Promise<Health> {
  return (await fetch(`${baseURL}/api/health`)).json();
}
const searchCacheStats = async (baseURL: string) => (await health(baseURL)).searchCache;

/**
 * The topic page, past the microcache (a cookie of its own), as Next answers it. A page still in
 * Next's cache answers HIT, or STALE once its five-minute revalidate has passed during the flood
 * (it is then rendered anew in the background); a page the flood pushed out would answer MISS.
 */
async function nextCacheOfTopicPage(baseURL: string) {
  const response = await fetch(`${baseURL}/topics/open-weights-catch-up`, { headers: { cookie: `probe=${run}-${Math.random()}` } });
  expect(response.status).toBe(200);
  await response.arrayBuffer();
  return response.headers.get('x-nextjs-cache');
}

test('5,000 unique queries keep the search cache within its bound and push no topic page out', async ({ baseURL }) => {
  test.setTimeout(300_000);
  await nextCacheOfTopicPage(baseURL!);
  expect(['HIT', 'STALE']).toContain(await nextCacheOfTopicPage(baseURL!));
  const { searchCache: before, searchPageCache: pagesBefore } = await health(baseURL!);

  let next = 0;
  const failures: string[] = [];
  const worker = async () => {
    for (let i = next++; i < 5_000; i = next++) {
      const response = await fetch(`${baseURL}/search?q=${encodeURIComponent(`flood ${run} ${i} 算力`)}`);
      if (response.status !== 200) failures.push(`${i}: ${response.status}`);
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  expect(failures).toEqual([]);

  const { searchCache: after, searchPageCache: pagesAfter } = await health(baseURL!);
  for (const stats of [after, pagesAfter]) {
    expect(stats.entries).toBeLessThanOrEqual(stats.limits.entries);
    expect(stats.bytes).toBeLessThanOrEqual(stats.limits.bytes);
  }
  // Asked once each, none of them was kept.
  expect(after.entries).toBe(before.entries);
  expect(pagesAfter.entries).toBe(pagesBefore.entries);
  expect(['HIT', 'STALE']).toContain(await nextCacheOfTopicPage(baseURL!));

  // A query asked again is kept, and answered from the cache from then on.
  const repeated = `/search?q=${encodeURIComponent(`repeated ${run} 算力`)}`;
  for (let i = 0; i < 3; i += 1) expect((await fetch(`${baseURL}${repeated}`)).status).toBe(200);
  expect((await searchCacheStats(baseURL!)).entries).toBe(before.entries + 1);
});

test('a repeated search is answered from the kept page until the published record changes, whichever process changed it', async ({ baseURL }) => {
  const address = `${baseURL}/search?q=${encodeURIComponent(`repeated page ${run} 算力`)}`;
  const ask = async () => {
    const response = await fetch(address);
    expect(response.status).toBe(200);
    return { cache: response.headers.get('x-search-page-cache'), body: await response.text() };
  };
  const first = await ask();
  const second = await ask();
  const third = await ask();
  expect([first.cache, second.cache, third.cache]).toEqual(['MISS', 'MISS', 'HIT']);
  expect(third.body).toBe(second.body);
  expect(third.body).toContain(`repeated page ${run} 算力`);

  // A change announced by another process (as `npm run import -- --publish` or another instance
  // does) empties it: within a second the page is rendered anew.
  await sql(`SELECT pg_notify('topicdesk_published_change', $1)`, [JSON.stringify({ origin: `e2e-${run}`, change: { kind: 'sources' } })]);
  await expect.poll(async () => (await ask()).cache, { timeout: 1_000, intervals: [50] }).toBe('MISS');
});
