import { randomBytes } from 'node:crypto';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerMicrocache } from '../microcache/registry.mjs';

// Two app instances are two processes, each with its own connections and decoded entries: two
// copies of the handler module stand in for them (a query string makes a separate module).
type Handler = {
  get(key: string, ctx?: object): Promise<{ value: { html: string }; lastModified: number } | null>;
  set(key: string, data: object, ctx?: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};
type HandlerModule = { default: new (context?: object) => Handler; closeSharedCache(): Promise<void> };
const instance = (name: string): Promise<HandlerModule> => import(/* @vite-ignore */ `./shared-cache-handler.mjs?instance=${name}`);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `topic-desk-test-${randomBytes(4).toString('hex')}`;

async function redisReachable() {
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 1_000, reconnectStrategy: false } });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.close();
    return true;
  } catch {
    return false;
  }
}

/** What another instance sees arrives by a push from Redis: wait for it, briefly. */
async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean) {
  const deadline = Date.now() + 2_000;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const page = (html: string, tags: string) => ({ kind: 'APP_PAGE', html, headers: { 'x-next-cache-tags': tags }, status: 200 });
// What Next passes to set() for a page that revalidates every 5 minutes.
const pageLife = { cacheControl: { revalidate: 300, expire: 31_536_000 } };

// Redis runs wherever CI does; a machine without it says so instead of failing.
describe.skipIf(!(await redisReachable()))('the shared cache on Redis', () => {
  const modules: HandlerModule[] = [];
  let one: Handler;
  let other: Handler;

  beforeAll(async () => {
    process.env.REDIS_URL = REDIS_URL;
    process.env.CACHE_KEY_PREFIX = PREFIX;
    modules.push(await instance('one'), await instance('other'));
    one = new modules[0]!.default();
    other = new modules[1]!.default();
  });

  afterAll(async () => {
    await Promise.all(modules.map((module) => module.closeSharedCache()));
    const client = createClient({ url: REDIS_URL });
    await client.connect();
    const keys: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: `${PREFIX}:*` })) keys.push(...batch);
    if (keys.length) await client.del(keys);
    await client.close();
  });

  test('a page written by one instance is served by the other, decoded once', async () => {
    await one.set('/topics/a', page('version 1', 'topic:a,topics'));
    const first = await other.get('/topics/a');
    expect(first?.value.html).toBe('version 1');
    expect(await other.get('/topics/a')).toBe(first);
  });

  test('a rewrite on one instance replaces the copy the other has decoded', async () => {
    await one.set('/topics/b', page('before', 'topic:b'));
    expect((await other.get('/topics/b'))?.value.html).toBe('before');
    await one.set('/topics/b', page('after', 'topic:b'));
    const seen = await eventually(() => other.get('/topics/b'), (entry) => entry?.value.html === 'after');
    expect(seen?.value.html).toBe('after');
  });

  test('a tag revalidated on one instance expires its pages on the other, until rewritten', async () => {
    await one.set('/topics/c', page('tagged', 'topic:c,topics'));
    expect(await other.get('/topics/c')).not.toBeNull();
    await one.revalidateTag(['topic:c']);
    expect(await eventually(() => other.get('/topics/c'), (entry) => entry === null)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 2)); // a later millisecond than the tag's
    await other.set('/topics/c', page('rendered again', 'topic:c,topics'));
    expect((await eventually(() => one.get('/topics/c'), (entry) => entry?.value.html === 'rendered again'))?.value.html).toBe('rendered again');
  });

  test('a tag marked stale on one instance has the other serve the page once more as stale, until it is rendered again', async () => {
    await one.set('/page/1', page('the list before', 'topics'), pageLife);
    const fresh = await other.get('/page/1');
    expect(Date.now() - fresh!.lastModified).toBeLessThan(300_000);
    await one.revalidateTag(['topics'], { expire: 31_536_000 });
    // Still served (Next answers with it), but dated past its 5 minutes, which is how Next tells
    // an entry to render afresh in the background.
    const stale = await eventually(() => other.get('/page/1'), (entry) => entry !== null && Date.now() - entry.lastModified > 300_000);
    expect(stale?.value.html).toBe('the list before');
    expect(Date.now() - stale!.lastModified).toBeGreaterThan(300_000);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await other.set('/page/1', page('the list after', 'topics'), pageLife);
    const again = await eventually(() => one.get('/page/1'), (entry) => entry?.value.html === 'the list after');
    expect(again?.value.html).toBe('the list after');
    expect(Date.now() - again!.lastModified).toBeLessThan(300_000);
  });

  test('a stale mark after an expiry does not bring the expired page back', async () => {
    await one.set('/page/2', page('listing a withdrawn topic', 'topics'), pageLife);
    expect(await other.get('/page/2')).not.toBeNull();
    await one.revalidateTag('topics'); // a topic withdrawn: expired
    await one.revalidateTag('topics', { expire: 31_536_000 }); // then someone publishes: stale
    expect(await eventually(() => other.get('/page/2'), (entry) => entry === null)).toBeNull();
  });

  test('a page that never revalidates cannot be served stale: it expires instead', async () => {
    await one.set('/static', page('forever', 'forever-tag'), { cacheControl: { revalidate: false } });
    expect(await other.get('/static')).not.toBeNull();
    await one.revalidateTag('forever-tag', { expire: 31_536_000 });
    expect(await eventually(() => other.get('/static'), (entry) => entry === null)).toBeNull();
  });

  test('a tag revalidated on one instance empties the microcache of the other; a page rendered again does not', async () => {
    const microcache = { clears: 0, clear: () => (microcache.clears += 1) };
    const unregister = registerMicrocache(microcache);
    try {
      await one.set('/topics/e', page('v1', 'topic:e'));
      expect(await other.get('/topics/e')).not.toBeNull(); // the other instance now follows the tag's time
      microcache.clears = 0;
      await one.set('/topics/e', page('v2', 'topic:e'));
      expect((await eventually(() => other.get('/topics/e'), (entry) => entry?.value.html === 'v2'))?.value.html).toBe('v2');
      expect(microcache.clears).toBe(0);
      await one.revalidateTag(['topic:e']);
      expect(await eventually(async () => microcache.clears, (clears) => clears > 0)).toBeGreaterThan(0);
    } finally {
      unregister();
    }
  });

  test('an unknown key is not cached', async () => {
    expect(await other.get('/topics/none')).toBeNull();
  });
});

describe('the shared cache without Redis', () => {
  test('reads miss and writes pass, so pages render from the database; an invalidation says it failed', async () => {
    const saved = process.env.REDIS_URL;
    process.env.REDIS_URL = 'redis://127.0.0.1:1';
    const unreachable = await instance('unreachable');
    try {
      const handler = new unreachable.default();
      const errors: string[] = [];
      const original = console.error;
      console.error = (message: string) => errors.push(message);
      try {
        expect(await handler.get('/topics/a')).toBeNull();
        await expect(handler.set('/topics/a', page('x', 'topic:a'))).resolves.toBeUndefined();
        await expect(handler.revalidateTag('topic:a')).rejects.toThrow(/unreachable/);
      } finally {
        console.error = original;
      }
      expect(errors.some((message) => message.includes('Shared cache (Redis'))).toBe(true);
    } finally {
      await unreachable.closeSharedCache();
      process.env.REDIS_URL = saved;
    }
  });
});
