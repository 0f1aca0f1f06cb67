import { expect, test, type APIResponse } from '@playwright/test';
import { storageStateFor } from './support/accounts';

// The production server answers a published page it has just sent from memory (lib/microcache;
// `npm test` runs it with a one-second lifetime, its maximum): the same bytes and headers as
// Next's own answer, filed by the reader's language, and never a signed-in screen.

const TOPIC = '/topics/open-weights-catch-up';
const servedBy = (response: APIResponse) => response.headers()['x-microcache'];

test.describe('a reader', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('gets a published page from memory the second time, byte for byte what Next sent', async ({ request }) => {
    const first = await request.get(TOPIC);
    const second = await request.get(TOPIC);
    // The first may itself come from memory (another test read the page a moment ago).
    expect([servedBy(first), servedBy(second)]).toContain('HIT');
    expect(second.status()).toBe(200);
    expect(await second.body()).toEqual(await first.body());
    expect(second.headers()['cache-control']).toBe(first.headers()['cache-control']);
    expect(second.headers()['content-type']).toBe('text/html; charset=utf-8');
  });

  test('gets the page in their own language, whatever the reader before them chose', async ({ request }) => {
    const lang = async (headers: Record<string, string>) => (await (await request.get(TOPIC, { headers })).text()).match(/<html lang="([^"]+)"/)?.[1];
    for (let round = 0; round < 2; round += 1) {
      expect(await lang({ cookie: 'NEXT_LOCALE=en' })).toBe('en');
      expect(await lang({})).toBe('zh-CN');
      expect(await lang({ 'accept-language': 'en-US,en;q=0.9' })).toBe('en');
      // A cookie value Next decodes to "en" is a key of its own, not the plain reader's.
      expect(await lang({ cookie: 'NEXT_LOCALE=%65n' })).toBe('en');
      expect(await lang({})).toBe('zh-CN');
    }
  });
});

test.describe('an analyst', () => {
  test.use({ storageState: storageStateFor('ANALYST') });

  test('never gets a signed-in screen from memory', async ({ request }) => {
    for (const path of ['/editor', '/editor', '/account', '/account']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(servedBy(response), path).not.toBe('HIT');
      expect(response.headers()['cache-control'], path).toMatch(/private|no-store/);
    }
  });
});
