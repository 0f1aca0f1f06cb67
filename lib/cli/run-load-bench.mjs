#!/usr/bin/env node
// `npm run bench:load`: readers and analysts at once against production servers on a
// throw-away database. LOAD_READERS (200) concurrent readers read published pages and search
// for LOAD_SECONDS (60) while LOAD_ANALYSTS (5) scripted analysts save, publish and (one of
// them, as an admin) restore. A reader is a person: after each page they read for a while
// (LOAD_THINK_MS, 1 s on average, 0.5–1.5 s) before the next; LOAD_THINK_MS=0 makes them
// request back to back instead (a saturation test, not a model of readers). Analysts pause
// LOAD_ANALYST_PAUSE_MS (1 s, 0.5–1.5 s) between saves, as autosave does while they type. LOAD_INSTANCES (2)
// app instances sit behind nginx with the shared Redis cache, as in production; 1 runs a
// single app server without nginx. It stops by itself (time and a request cap per reader),
// then checks every accepted save against the revisions: none lost, none reordered.
//
// The servers have just started: the same load runs for LOAD_WARMUP_SECONDS (10) first, not
// counted, so that what is measured is a running site (code compiled by the JIT, connections
// open, pages cached) and not the first second of a cold start, which alone set the p99.
// Analysts start at different moments, as people do, rather than all publishing in step.
import { randomBytes } from 'node:crypto';
import { ensureDependencies } from './ensure-dependencies.mjs';

ensureDependencies();
const { default: pg } = await import('pg');
const { ensureBuild } = await import('./build.mjs');
const { startNextServer } = await import('./next-server.mjs');
const { startAppCluster } = await import('./app-cluster.mjs');
const { freePort } = await import('./free-port.mjs');
// Demo passwords known to this run (set in the environment the seed it runs inherits).
const DEMO_ACCOUNTS = (await import('./demo-logins.mjs')).testDemoAccounts();
const { prepareTestDatabase } = await import('../testing/test-database.mjs');
const { databaseLabel, runTypeScriptJson, writeBenchReport } = await import('./bench-support.mjs');
const { actionIds, callAction, signIn } = await import('./app-client.mjs');
const { createPageReader } = await import('./page-reader.mjs');

const READERS = Number(process.env.LOAD_READERS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 10);
const ANALYSTS = Number(process.env.LOAD_ANALYSTS ?? 5);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 1_000);
const INSTANCES = Number(process.env.LOAD_INSTANCES ?? 2);
const READER_TIMEOUT_MS = 10_000;
// An analyst's autosave fires 0.8 s after typing stops: about one save a second while writing.
const ANALYST_PAUSE_MS = Number(process.env.LOAD_ANALYST_PAUSE_MS ?? 1_000);
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const DIST = '.next-test';

const percentile = (values, p) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
};

/** One app server, or INSTANCES behind nginx sharing the Redis cache. */
async function startServers(env) {
  if (INSTANCES > 1) return startAppCluster({ instances: INSTANCES, env });
  const port = await freePort();
  return startNextServer({
    port,
    env: { ...env, NEXTAUTH_SECRET: randomBytes(32).toString('base64url'), NEXTAUTH_URL: `http://localhost:${port}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** READERS people reading `paths` until `deadline`; every response from `measuredFrom` on timed and checked. */
async function readAsPeople(baseUrl, paths, measuredFrom, deadline) {
  const latencies = [];
  const byPath = new Map(paths.map((path) => [path, []]));
  const failures = { errors: 0, non2xx: 0, timeouts: 0 };
  const maxPerReader = Math.ceil((WARMUP_SECONDS + SECONDS) * (THINK_MS > 0 ? 4_000 / THINK_MS : 1_000));
  const browser = createPageReader({ timeoutMs: READER_TIMEOUT_MS });
  const reader = async () => {
    // Readers arrive over the first second or think time, not all in the same millisecond.
    await pause(Math.random() * Math.max(THINK_MS, 1_000));
    for (let n = 0; n < maxPerReader && Date.now() < deadline; n += 1) {
      const path = paths[Math.floor(Math.random() * paths.length)];
      const measured = Date.now() >= measuredFrom;
      const started = performance.now();
      try {
        const response = await browser.read(`${baseUrl}${path}`);
        const ms = performance.now() - started;
        if (measured) {
          latencies.push(ms);
          byPath.get(path).push(ms);
        }
        // A failure counts whenever it happens, warm-up or not.
        if (response.status !== 200) failures.non2xx += 1;
      } catch (error) {
        if (error.name === 'TimeoutError') failures.timeouts += 1;
        else failures.errors += 1;
      }
      if (THINK_MS > 0) await pause(THINK_MS * (0.5 + Math.random()));
    }
  };
  await Promise.all(Array.from({ length: READERS }, reader));
  browser.close();
  const seconds = (Date.now() - measuredFrom) / 1000;
  return {
    requests: latencies.length + failures.errors + failures.timeouts,
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    ...failures,
    paths: [...byPath].map(([path, ms]) => ({ path, requests: ms.length, p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), p99Ms: percentile(ms, 99) })),
  };
}

const database = await prepareTestDatabase('bench_load');
let server;
try {
  const env = { DATABASE_URL: database.url, DATABASE_POOL_MAX: database.embedded ? '4' : '10' };
  console.log('▶ Fixtures, a production build, a server');
  const { topics } = await runTypeScriptJson('lib/bench/load-fixtures.ts', { ...env, LOAD_ANALYSTS: String(ANALYSTS) });
  await ensureBuild({ ...env, NEXT_DIST_DIR: DIST });
  server = await startServers({ ...env, NEXT_DIST_DIR: DIST });
  const baseUrl = server.url;
  const ids = actionIds(DIST);
  const SAVE = ids['app/(editor)/editor/topics/[id]/actions.ts#saveDraftAction'];
  const PUBLISH = ids['app/(editor)/editor/topics/[id]/actions.ts#publishAction'];
  const RESTORE = ids['app/(editor)/editor/topics/[id]/history/actions.ts#restoreRevisionAction'];
  const analyst = DEMO_ACCOUNTS.find((a) => a.role === 'ANALYST');
  const admin = DEMO_ACCOUNTS.find((a) => a.role === 'ADMIN');
  const cookies = [];
  for (let i = 0; i < ANALYSTS; i += 1) cookies.push(await signIn(baseUrl, analyst.email, analyst.password));
  const adminCookie = await signIn(baseUrl, admin.email, admin.password);
  for (const path of ['/topics/open-weights-catch-up', '/topics/inference-economics']) await fetch(`${baseUrl}${path}`); // warm the cache

  console.log(`▶ ${READERS} readers and ${ANALYSTS} analysts: ${WARMUP_SECONDS} s of warm-up, then ${SECONDS} s measured`);
  const measuredFrom = Date.now() + WARMUP_SECONDS * 1000;
  const deadline = measuredFrom + SECONDS * 1000;
  const saves = [];
  const failures = [];
  const accepted = topics.map(() => []);
  let publishes = 0;
  let restores = 0;
  let acceptedMeasured = 0;
  const analystLoop = async (index) => {
    const topic = topics[index];
    let base = topic.document;
    let version = topic.version;
    // Each starts at a moment of their own and a different point of the save-save-publish
    // cycle: five people do not publish in the same second.
    let round = index;
    const path = `/editor/topics/${topic.id}`;
    await pause(Math.random() * ANALYST_PAUSE_MS);
    while (Date.now() < deadline) {
      round += 1;
      if (round > index + 1 && ANALYST_PAUSE_MS > 0) await pause(ANALYST_PAUSE_MS * (0.5 + Math.random()));
      const measured = Date.now() >= measuredFrom;
      // One analyst is also an admin now and then: a restore of the first revision.
      if (index === 0 && round % 7 === 0) {
        const form = new FormData();
        form.set('topicId', topic.id);
        form.set('number', '1');
        const restore = await callAction(baseUrl, adminCookie, RESTORE, `${path}/history`, [{ status: 'idle' }, form]);
        if (restore.status !== 200 || restore.result?.status !== 'success') failures.push(`restore: ${restore.status} ${JSON.stringify(restore.result)?.slice(0, 120)}`);
        else if (measured) restores += 1;
        continue;
      }
      if (round % 5 === 0) {
        const publish = await callAction(baseUrl, cookies[index], PUBLISH, path, [{ topicId: topic.id, expectedVersion: version, changelogLine: `load ${round}` }]);
        if (publish.status !== 200) failures.push(`publish: ${publish.status}`);
        else if (publish.result?.status === 'success') {
          if (measured) publishes += 1;
          version = publish.result.result.version;
          base = publish.result.result.document;
        }
        continue;
      }
      const next = structuredClone(base);
      const statement = `analyst ${index} save ${round}`;
      next.consensus[0].statement = statement;
      const changes = [{ op: 'item', type: 'point', id: base.consensus[0].id, base: { id: base.consensus[0].id, statement: base.consensus[0].statement }, next: { id: base.consensus[0].id, statement } }];
      const save = await callAction(baseUrl, cookies[index], SAVE, path, [{ topicId: topic.id, baseVersion: version, changes, reason: 'autosave' }]);
      if (measured) saves.push(save.ms);
      const result = save.result;
      if (save.status !== 200 || !result) failures.push(`save: HTTP ${save.status}`);
      else if (result.status === 'saved') {
        accepted[index].push({ revision: result.revision, statement });
        if (measured) acceptedMeasured += 1;
        version = result.version;
        base = result.document ?? next;
      } else if (result.status === 'conflict') {
        // Someone (the restore) changed it: take the server's document and go on.
        version = result.version;
        base = result.document;
      } else failures.push(`save: ${JSON.stringify(result).slice(0, 160)}`);
    }
  };
  const readerUrls = [
    '/topics/open-weights-catch-up',
    '/topics/inference-economics',
    `/search?q=${encodeURIComponent('算力')}`,
    '/search?q=inference',
    '/speakers/mara-lindqvist',
    '/',
  ];
  const [readers] = await Promise.all([readAsPeople(baseUrl, readerUrls, measuredFrom, deadline), Promise.all(topics.map((_, i) => analystLoop(i)))]);

  // Every accepted save is the revision it was told, in order, with its text.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const problems = [];
  try {
    for (const [index, topic] of topics.entries()) {
      const { rows } = await client.query(`SELECT number, document->'consensus'->0->>'statement' AS statement FROM "Revision" WHERE "topicId" = $1 ORDER BY number`, [topic.id]);
      const byNumber = new Map(rows.map((r) => [r.number, r.statement]));
      let previous = 0;
      for (const save of accepted[index]) {
        if (byNumber.get(save.revision) !== save.statement) problems.push(`topic ${index}: revision ${save.revision} holds "${byNumber.get(save.revision)}", not "${save.statement}"`);
        if (save.revision <= previous) problems.push(`topic ${index}: revision ${save.revision} after ${previous}`);
        previous = save.revision;
      }
    }
  } finally {
    await client.end();
  }

  const report = {
    at: new Date().toISOString(),
    database: databaseLabel(database),
    topology: INSTANCES > 1 ? `${INSTANCES} app instances behind nginx, shared Redis cache` : 'one app server',
    readers: { count: READERS, thinkMs: THINK_MS, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, ...readers },
    analysts: { count: ANALYSTS, publishes, restores, saves: saves.length, accepted: acceptedMeasured, checked: accepted.flat().length, saveP50Ms: percentile(saves, 50), saveP95Ms: percentile(saves, 95), failures: failures.length, failureSamples: failures.slice(0, 5) },
    verification: { problems: problems.length, samples: problems.slice(0, 5) },
  };
  const readersMet = report.readers.errors + report.readers.non2xx + report.readers.timeouts === 0 && report.readers.p99Ms < 100;
  const savesMet = report.analysts.saveP95Ms < 250;
  const markdown = [
    `# Load: readers and analysts at once (${report.at}, ${report.database})`,
    '',
    `${READERS} readers on topic pages, search (Chinese and English), a speaker page and the home page — ${THINK_MS > 0 ? `each reading ${THINK_MS * 0.5}–${THINK_MS * 1.5} ms between pages` : 'back to back, no pause (saturation)'} — with ${ANALYSTS} analysts saving (a pause of ${ANALYST_PAUSE_MS * 0.5}–${ANALYST_PAUSE_MS * 1.5} ms between saves, as autosave while typing), publishing every 5th action and restoring, for ${SECONDS} s after ${WARMUP_SECONDS} s of the same load not counted. ${report.topology}.`,
    '',
    '| who | requests | req/s | p50 ms | p95 ms | p99 ms | failed | target |',
    '|---|---|---|---|---|---|---|---|',
    `| readers | ${report.readers.requests} | ${report.readers.requestsPerSecond} | ${report.readers.p50Ms} | ${report.readers.p95Ms} | ${report.readers.p99Ms} | ${report.readers.errors + report.readers.non2xx + report.readers.timeouts} (errors ${report.readers.errors}, non-2xx ${report.readers.non2xx}, timeouts ${report.readers.timeouts}) | 0 failed, p99 < 100 ms: ${readersMet ? 'met' : '**missed**'} |`,
    `| analysts' saves | ${report.analysts.saves} (${report.analysts.accepted} accepted) | | ${report.analysts.saveP50Ms} | ${report.analysts.saveP95Ms} | | ${report.analysts.failures} | p95 < 250 ms: ${savesMet ? 'met' : '**missed**'} |`,
    '',
    `Analysts also published ${publishes} times and restored ${restores} times. Every accepted save, warm-up included (${report.analysts.checked}), checked against the revisions: ${report.verification.problems} lost or out of order (target 0).`,
    '',
    '| reader address | requests | p50 ms | p95 ms | p99 ms |',
    '|---|---|---|---|---|',
    ...report.readers.paths.map((row) => `| \`${decodeURIComponent(row.path)}\` | ${row.requests} | ${row.p50Ms} | ${row.p95Ms} | ${row.p99Ms} |`),
    '',
  ].join('\n');
  writeBenchReport('load', report, markdown);
  if (report.verification.problems > 0 || report.analysts.failures > 0) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await server?.stop();
  await database.dispose();
}
