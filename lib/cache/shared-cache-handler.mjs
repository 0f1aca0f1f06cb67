// Next.js's cache handler (next.config `cacheHandler`) on Redis, so that several app instances
// share one cache of pages and `unstable_cache` data: a publish on one instance is seen by
// every other at once. Loaded by Next at run time (not bundled) when REDIS_URL is set.
//
// Reads stay cheap: the client uses Redis's server-assisted client-side caching (RESP3
// tracking), so a hot page is answered from this process's memory and Redis pushes an
// invalidation the moment any instance rewrites the entry or expires one of its tags.
//
// If Redis is unreachable the handler answers "not cached" and Next renders from the database:
// slower, never wrong. An invalidation that cannot reach Redis is reported as an error; the
// page's own revalidate time (5 minutes) bounds how long another instance could then serve it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { createClient, RESP_TYPES } from '@redis/client';

const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags';
// A published page is revalidated every 5 minutes anyway; keep entries a little longer than
// that so an idle instance can still serve them stale-while-revalidate, then let Redis drop them.
const ENTRY_SECONDS = 24 * 60 * 60;
const CONNECT_TIMEOUT_MS = 1_000;

let shared;

/** One Redis connection per process, shared by every handler instance Next creates. */
function redis() {
  if (shared) return shared;
  const client = createClient({
    url: process.env.REDIS_URL,
    RESP: 3,
    clientSideCache: { ttl: 0, maxEntries: 2_000, evictPolicy: 'LRU' },
    // Fail fast instead of queueing while disconnected: a page must not wait on the cache.
    disableOfflineQueue: true,
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  let lastError = '';
  client.on('error', (error) => {
    // One line per distinct failure, not one per reconnect attempt.
    if (error.message !== lastError) console.error(`Shared cache (Redis): ${error.message}`);
    lastError = error.message;
  });
  client.on('ready', () => (lastError = ''));
  shared = { client, connecting: client.connect().catch(() => {}) };
  return shared;
}

async function readyClient() {
  const { client, connecting } = redis();
  await connecting;
  return client.isReady ? client : null;
}

function tagsOf(entry, ctx) {
  const fromHeader = entry.value?.headers?.[NEXT_CACHE_TAGS_HEADER];
  const stored = typeof fromHeader === 'string' ? fromHeader.split(',') : [];
  return [...new Set([...stored, ...(entry.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])].filter(Boolean);
}

export default class SharedCacheHandler {
  constructor(context) {
    const prefix = process.env.CACHE_KEY_PREFIX ?? 'topic-desk';
    // Entries belong to one build (they name its script chunks); tags are shared by all builds.
    const buildId = context.serverDistDir ? readFileSync(join(context.serverDistDir, '..', 'BUILD_ID'), 'utf8').trim() : 'dev';
    this.entryKey = (key) => `${prefix}:entry:${buildId}:${key}`;
    this.tagKey = (tag) => `${prefix}:tag:${tag}`;
  }

  async get(key, ctx) {
    try {
      const client = await readyClient();
      if (!client) return null;
      const raw = await client.get(this.entryKey(key));
      if (!raw) return null;
      const entry = deserialize(raw);
      const tags = tagsOf(entry, ctx);
      if (tags.length > 0) {
        const expiredAt = await client.mGet(tags.map(this.tagKey));
        if (expiredAt.some((at) => at !== null && Number(at) >= entry.lastModified)) return null;
      }
      return entry;
    } catch (error) {
      console.error(`Shared cache (Redis): read failed, rendering afresh: ${error.message}`);
      return null;
    }
  }

  async set(key, data, ctx) {
    try {
      const client = await readyClient();
      if (!client) return;
      const entry = { value: data, lastModified: Date.now(), cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl, tags: ctx?.tags ?? [] };
      await client.set(this.entryKey(key), serialize(entry), { expiration: { type: 'EX', value: ENTRY_SECONDS } });
    } catch (error) {
      console.error(`Shared cache (Redis): write failed: ${error.message}`);
    }
  }

  // Every revalidation expires the tag at once on every instance (a stale-while-revalidate
  // request is treated as an expiry: fresher, at the cost of one blocking render).
  async revalidateTag(tags) {
    const list = (Array.isArray(tags) ? tags : [tags]).filter(Boolean);
    if (list.length === 0) return;
    const client = await readyClient();
    if (!client) throw new Error('Shared cache (Redis) is unreachable: other instances keep the old page until it revalidates.');
    const now = String(Date.now());
    // A tag's time only matters to entries written before it, which live ENTRY_SECONDS at most.
    const batch = client.multi();
    for (const tag of list) batch.set(this.tagKey(tag), now, { expiration: { type: 'EX', value: 2 * ENTRY_SECONDS } });
    await batch.exec();
  }

  resetRequestCache() {}
}
