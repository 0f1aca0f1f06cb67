// Next.js's cache handler (next.config `cacheHandler`) on Redis, so that several app instances
// share one cache of pages and `unstable_cache` data: a publish on one instance is seen by
// every other at once. Loaded by Next at run time (not bundled) when REDIS_URL is set.
//
// Each entry is stored twice over: the entry itself (a page is 100–300 KB serialized), and a
// short stamp that changes whenever the entry is rewritten. Reads stay cheap because only the
// stamps and the tag times go through Redis's server-assisted client-side caching (RESP3
// tracking): they are answered from this process's memory, and Redis pushes an invalidation the
// moment any instance rewrites one. The entry is fetched and decoded once per stamp and then
// served, decoded, from a bounded in-process map: a hot page costs a lookup in memory, not a
// copy and a decode of a few hundred kilobytes on every request.
//
// Tags keep two times: when they were expired (updateTag, revalidatePath: the next request
// renders) and when they were marked stale (revalidateTag with a profile: the next request gets
// the cached copy while Next renders a fresh one), as Next's own cache keeps them.
//
// If Redis is unreachable the handler answers "not cached" and Next renders from the database:
// slower, never wrong. An invalidation that cannot reach Redis is reported as an error; the
// page's own revalidate time (5 minutes) bounds how long another instance could then serve it.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { createClient, RESP_TYPES } from '@redis/client';
import { forgetMicrocachedPages } from '../microcache/registry.mjs';
import { DecodedEntries } from './decoded-entries.mjs';

const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags';
// A published page is revalidated every 5 minutes anyway; keep entries a little longer than
// that so an idle instance can still serve them stale-while-revalidate, then let Redis drop them.
const ENTRY_SECONDS = 24 * 60 * 60;
const CONNECT_TIMEOUT_MS = 1_000;
// Decoded entries kept in this process, by their serialized size.
const DECODED_BYTES = Number(process.env.CACHE_DECODED_MAX_BYTES ?? 64 * 1024 * 1024);

let shared;

function connect(label, options) {
  const client = createClient({
    url: process.env.REDIS_URL,
    // Fail fast instead of queueing while disconnected: a page must not wait on the cache.
    disableOfflineQueue: true,
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
    ...options,
  });
  let lastError = '';
  client.on('error', (error) => {
    // One line per distinct failure, not one per reconnect attempt.
    if (error.message !== lastError) console.error(`Shared cache (Redis, ${label}): ${error.message}`);
    lastError = error.message;
  });
  client.on('ready', () => (lastError = ''));
  // While Redis is down, connect() retries for ever: the first requests wait for it a moment at
  // most, and everything after only looks at whether the client is ready.
  const connected = client.connect().catch(() => {});
  const settled = new Promise((resolve) => setTimeout(resolve, CONNECT_TIMEOUT_MS).unref());
  return { client, connecting: Promise.race([connected, settled]) };
}

/** Two Redis connections per process, shared by every handler instance Next creates. */
function redis() {
  if (shared) return shared;
  shared = {
    // Stamps and tag times: small, read on every request, kept in memory and invalidated by Redis.
    tracked: connect('stamps', { RESP: 3, clientSideCache: { ttl: 0, maxEntries: 10_000, evictPolicy: 'LRU' } }),
    // Entries: read once per stamp (as bytes, for v8.deserialize), so not worth a second copy in
    // the client's own cache.
    plain: connect('entries', {}),
    decoded: new DecodedEntries(DECODED_BYTES),
  };
  shared.plain.client = shared.plain.client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  forgetMicrocacheOnTagChanges(shared.tracked.client);
  return shared;
}

/**
 * A tag expired or marked stale on any instance (a publish, a withdrawal, a source edit) empties
 * this server's microcache at once (lib/microcache, pages answered from memory for a moment),
 * as a change made here does: Redis's invalidation of the tag time read here is the signal.
 * Rewrites of entries (a page rendered again) change no tag, and leave it alone.
 */
function forgetMicrocacheOnTagChanges(client) {
  const prefix = process.env.CACHE_KEY_PREFIX ?? 'topic-desk';
  const tagTimes = [`${prefix}:tag:`, `${prefix}:stale:`];
  client.clientSideCache?.on('invalidate', (key) => {
    // null: Redis dropped every tracked key (a flush, or tracking lost on reconnect).
    if (key === null || tagTimes.some((start) => String(key).startsWith(start))) forgetMicrocachedPages();
  });
}

async function ready({ client, connecting }) {
  await connecting;
  return client.isReady ? client : null;
}

// Next makes a handler for every request; the build it serves never changes while it runs.
const buildIds = new Map();
function buildIdOf(serverDistDir) {
  if (!serverDistDir) return 'dev';
  if (!buildIds.has(serverDistDir)) buildIds.set(serverDistDir, readFileSync(join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim());
  return buildIds.get(serverDistDir);
}

function tagsOf(entry, ctx) {
  const fromHeader = entry.value?.headers?.[NEXT_CACHE_TAGS_HEADER];
  const stored = typeof fromHeader === 'string' ? fromHeader.split(',') : [];
  return [...new Set([...stored, ...(entry.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])].filter(Boolean);
}

/**
 * The entry, dated just past its revalidate time: the cache handler interface has no "stale"
 * flag, and this is how Next itself decides one is (it then serves it and renders a fresh copy
 * in the background). An entry that never revalidates cannot be served stale: it expires.
 */
function asStale(entry, ctx) {
  const seconds = entry.value?.kind === 'FETCH' ? ctx?.revalidate || entry.value.revalidate : entry.cacheControl?.revalidate;
  if (typeof seconds !== 'number' || seconds <= 0) return null;
  return { ...entry, lastModified: Math.min(entry.lastModified, Date.now() - seconds * 1000 - 1) };
}

export default class SharedCacheHandler {
  constructor(context) {
    const prefix = process.env.CACHE_KEY_PREFIX ?? 'topic-desk';
    // Entries belong to one build (they name its script chunks); tags are shared by all builds.
    const buildId = buildIdOf(context?.serverDistDir);
    this.entryKey = (key) => `${prefix}:entry:${buildId}:${key}`;
    this.stampKey = (key) => `${prefix}:stamp:${buildId}:${key}`;
    this.tagKey = (tag) => `${prefix}:tag:${tag}`;
    this.staleKey = (tag) => `${prefix}:stale:${tag}`;
  }

  async get(key, ctx) {
    try {
      const { tracked, plain, decoded } = redis();
      const client = await ready(tracked);
      if (!client) return null;
      const stamp = (await client.get(this.stampKey(key)))?.toString();
      if (!stamp) return null;
      let entry = decoded.get(key, stamp);
      if (!entry) {
        const entries = await ready(plain);
        const raw = entries && (await entries.get(this.entryKey(key)));
        if (!raw) return null;
        entry = deserialize(raw);
        // Rewritten between the two reads: this copy is still a valid entry, just not cached under the stamp read.
        if (entry.stamp === stamp) decoded.set(key, stamp, entry, raw.length);
      }
      const tags = tagsOf(entry, ctx);
      if (tags.length === 0) return entry;
      const times = await client.mGet([...tags.map(this.tagKey), ...tags.map(this.staleKey)]);
      const after = (list) => list.some((at) => at !== null && Number(at) >= entry.lastModified);
      if (after(times.slice(0, tags.length))) return null;
      if (after(times.slice(tags.length))) return asStale(entry, ctx);
      return entry;
    } catch (error) {
      console.error(`Shared cache (Redis): read failed, rendering afresh: ${error.message}`);
      return null;
    }
  }

  async set(key, data, ctx) {
    try {
      const { tracked, decoded } = redis();
      const client = await ready(tracked);
      if (!client) return;
      const lastModified = Date.now();
      const stamp = `${lastModified}-${randomBytes(6).toString('hex')}`;
      const entry = { value: data, lastModified, stamp, cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl, tags: ctx?.tags ?? [] };
      const raw = serialize(entry);
      // One transaction: no instance can see the new stamp before the entry it names.
      await client
        .multi()
        .set(this.entryKey(key), raw, { expiration: { type: 'EX', value: ENTRY_SECONDS } })
        .set(this.stampKey(key), stamp, { expiration: { type: 'EX', value: ENTRY_SECONDS } })
        .exec();
      decoded.set(key, stamp, entry, raw.length);
    } catch (error) {
      console.error(`Shared cache (Redis): write failed: ${error.message}`);
    }
  }

  // updateTag and revalidatePath expire a tag at once on every instance: the next request renders.
  // revalidateTag(tag, profile) marks it stale: the next request is answered from the cache
  // while a fresh copy renders (Next's stale-while-revalidate), as Next's own cache does. The two
  // times are kept apart, so a later "stale" never softens an earlier expiry. A profile that
  // expires within an entry's life here (a day) is taken as an expiry at once: fresher, not staler.
  async revalidateTag(tags, durations) {
    const list = (Array.isArray(tags) ? tags : [tags]).filter(Boolean);
    if (list.length === 0) return;
    const client = await ready(redis().tracked);
    if (!client) throw new Error('Shared cache (Redis) is unreachable: other instances keep the old page until it revalidates.');
    const now = String(Date.now());
    // A tag's time only matters to entries written before it, which live ENTRY_SECONDS at most.
    const batch = client.multi();
    const key = durations && !(durations.expire < ENTRY_SECONDS) ? this.staleKey : this.tagKey;
    for (const tag of list) batch.set(key(tag), now, { expiration: { type: 'EX', value: 2 * ENTRY_SECONDS } });
    await batch.exec();
  }

  resetRequestCache() {}
}

/** Closes this process's connections (tests; a server simply exits). */
export async function closeSharedCache() {
  if (!shared) return;
  const { tracked, plain } = shared;
  shared = undefined;
  for (const { client } of [tracked, plain]) client.destroy();
}
