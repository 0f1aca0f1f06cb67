// Several production app instances from one build, sharing one database, one Redis cache and
// one set of secrets, behind nginx: the deployment the README describes, on loopback.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@redis/client';
import { root } from './bench-support.mjs';
import { freePort } from './free-port.mjs';
import { startNextServer } from './next-server.mjs';
import { startLoadBalancer } from './nginx.mjs';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** Deletes a run's cache entries and tags from Redis (best effort: Redis may be gone). */
async function forgetCache(redisUrl, prefix) {
  const client = createClient({ url: redisUrl });
  try {
    await client.connect();
    const keys = [];
    for await (const batch of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) keys.push(...batch);
    if (keys.length > 0) await client.del(keys);
  } catch {
    // nothing to clean, or Redis unreachable: entries expire on their own
  } finally {
    await client.close().catch(() => {});
  }
}

/**
 * Starts `instances` servers of the build in `env.NEXT_DIST_DIR` and nginx in front.
 * Each run gets its own cache key prefix, so runs never see each other's pages.
 */
export async function startAppCluster({ instances = 2, env, redisUrl = process.env.REDIS_URL ?? DEFAULT_REDIS_URL }) {
  const work = mkdtempSync(join(tmpdir(), 'topic-desk-cluster-'));
  // nginx's workers run as an unprivileged user: they must be able to read the 503 page.
  chmodSync(work, 0o755);
  const frontPort = await freePort();
  const front = `http://127.0.0.1:${frontPort}`;
  const shared = {
    ...env,
    REDIS_URL: redisUrl,
    CACHE_KEY_PREFIX: `topic-desk-${randomBytes(4).toString('hex')}`,
    // One secret for every instance: a session signed by one is valid on all.
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? randomBytes(32).toString('base64url'),
    NEXTAUTH_URL: front,
    // nginx in front compresses (lib/cli/nginx.mjs).
    PROXY_COMPRESSES: '1',
    // nginx is one proxy: the client is the address it appends to X-Forwarded-For.
    TRUST_PROXY: '1',
  };
  const servers = [];
  let nginx;
  const stop = async () => {
    await nginx?.stop();
    await Promise.all(servers.map((server) => server.stop()));
    await forgetCache(redisUrl, shared.CACHE_KEY_PREFIX);
    rmSync(work, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < instances; i += 1) {
      servers.push(await startNextServer({ port: await freePort(), env: shared, stdio: ['ignore', 'ignore', 'inherit'] }));
    }
    nginx = await startLoadBalancer({
      upstreams: servers.map((server) => new URL(server.url).port),
      port: frontPort,
      workDir: join(work, 'nginx'),
      unavailablePage: `${root}public/unavailable.html`,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: front, servers, env: shared, stop };
}
