import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createClient } from '@redis/client';
import { freePort } from '../lib/cli/free-port.mjs';
import { startNextServer } from '../lib/cli/next-server.mjs';

// A change reaches every server, whichever process made it: a publish by `npm run import --
// --publish` (another process, as a scheduled job or a second instance would be) is seen
// through the running server within a second, and through two more instances that share a
// Redis cache. Each server hears it from the database (LISTEN/NOTIFY; on the embedded
// database through its relay, lib/cli/embedded-notifications.mjs).

const run = randomBytes(4).toString('hex');
const work = mkdtempSync(join(tmpdir(), 'publish-elsewhere-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

function page(slug: string, version: string) {
  return `别处发布 ${version} · Published Elsewhere ${version}

主流共识

第一点:从命令行发布的版本 ${version}。

"A quote from the command line, version ${version}."
「来自命令行的引语,第 ${version} 版。」
Elsewhere Speaker ${run} (Elsewhere Lab) · Elsewhere Show #1: Versions · 2026-01-02
`;
}

/** `npm run import -- <file> --publish` against the test database; returns when it has exited. */
function importAndPublish(slug: string, version: string) {
  const file = join(work, `${slug}-${version}.txt`);
  writeFileSync(file, page(slug, version));
  const result = spawnSync(process.execPath, ['lib/cli/run.mjs', 'lib/import/import-cli.ts', file, '--publish', '--json', '--slug', slug], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, NODE_NO_WARNINGS: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
  expect(JSON.parse(result.stdout.trim().split('\n').at(-1)!)).toMatchObject({ ok: true, published: true });
}

/** The page at `url` shows `text` within a second of `since` (polling every 20 ms). */
async function shownWithinASecond(url: string, text: string, since: number) {
  const shows = async () => {
    try {
      return (await (await fetch(url)).text()).includes(text);
    } catch {
      // A kept-alive connection the server closed while idle: the next poll opens another.
      return false;
    }
  };
  await expect.poll(shows, { timeout: Math.max(0, since + 1_000 - Date.now()), intervals: [20] }).toBe(true);
}

test.describe.configure({ mode: 'serial' });

test('a publish from the command line shows through the running server within a second', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const slug = `elsewhere-${run}`;
  importAndPublish(slug, 'v1');
  let exited = Date.now();
  await shownWithinASecond(`${baseURL}/topics/${slug}`, '版本 v1', exited);
  // The server holds version 1 now (its page cache and microcache); version 2 replaces it.
  expect(await (await fetch(`${baseURL}/topics/${slug}`)).text()).toContain('版本 v1');
  importAndPublish(slug, 'v2');
  exited = Date.now();
  await shownWithinASecond(`${baseURL}/topics/${slug}`, '版本 v2', exited);
  await shownWithinASecond(`${baseURL}/`, 'Published Elsewhere v2', exited);
});

test('the same through two more instances sharing a Redis cache', async () => {
  test.setTimeout(240_000);
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis = createClient({ url: redisUrl });
  await redis.connect().catch((error: Error) => {
    throw new Error(`This test needs Redis at ${redisUrl} (REDIS_URL): ${error.message}`);
  });
  const prefix = `publish-elsewhere-${run}`;
  const env = {
    DATABASE_URL: process.env.E2E_DATABASE_URL!,
    NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-test',
    REDIS_URL: redisUrl,
    CACHE_KEY_PREFIX: prefix,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
    NEXTAUTH_URL: 'http://localhost',
  };
  const servers = [];
  try {
    for (let i = 0; i < 2; i += 1) servers.push(await startNextServer({ port: await freePort(), env, stdio: ['ignore', 'ignore', 'inherit'] }));
    const slug = `elsewhere-cluster-${run}`;
    importAndPublish(slug, 'v1');
    let exited = Date.now();
    for (const server of servers) await shownWithinASecond(`${server.url}/topics/${slug}`, '版本 v1', exited);
    importAndPublish(slug, 'v2');
    exited = Date.now();
    for (const server of servers) await shownWithinASecond(`${server.url}/topics/${slug}`, '版本 v2', exited);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    const keys: string[] = [];
    for await (const batch of redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) keys.push(...batch);
    if (keys.length) await redis.del(keys);
    await redis.close();
  }
});
