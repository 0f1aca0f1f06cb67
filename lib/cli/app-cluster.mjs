// Several production app instances from one build, sharing one database, one Redis cache and
// one set of secrets, behind nginx: the deployment the README describes, on loopback.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './bench-support.mjs';
import { freePort } from './free-port.mjs';
import { startNextServer } from './next-server.mjs';
import { startLoadBalancer } from './nginx.mjs';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

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
  };
  const servers = [];
  let nginx;
  const stop = async () => {
    await nginx?.stop();
    await Promise.all(servers.map((server) => server.stop()));
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
