#!/usr/bin/env node
// `npm run bench:load`: readers and analysts at once against a production server on a
// throw-away database. LOAD_READERS connections (200) read published pages and search for
// LOAD_SECONDS (60) while LOAD_ANALYSTS (5) scripted analysts save, publish and (one of them,
// as an admin) restore. It stops by itself, then checks every accepted save against the
// revisions: none lost, none reordered.
import { randomBytes } from 'node:crypto';
import { ensureDependencies } from './ensure-dependencies.mjs';

ensureDependencies();
const { default: autocannon } = await import('autocannon');
const { default: pg } = await import('pg');
const { ensureBuild } = await import('./build.mjs');
const { startNextServer } = await import('./next-server.mjs');
const { freePort } = await import('./free-port.mjs');
const { DEMO_ACCOUNTS } = await import('./demo-logins.mjs');
const { prepareTestDatabase } = await import('../testing/test-database.mjs');
const { databaseLabel, runTypeScriptJson, writeBenchReport } = await import('./bench-support.mjs');
const { actionIds, callAction, signIn } = await import('./app-client.mjs');

const READERS = Number(process.env.LOAD_READERS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const ANALYSTS = Number(process.env.LOAD_ANALYSTS ?? 5);
const DIST = '.next-test';

const percentile = (values, p) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
};

const database = await prepareTestDatabase('bench_load');
let server;
try {
  const env = { DATABASE_URL: database.url, DATABASE_POOL_MAX: database.embedded ? '4' : '10' };
  console.log('▶ Fixtures, a production build, a server');
  const { topics } = await runTypeScriptJson('lib/bench/load-fixtures.ts', { ...env, LOAD_ANALYSTS: String(ANALYSTS) });
  const port = await freePort();
  const serverEnv = { ...env, NEXT_DIST_DIR: DIST, NEXTAUTH_SECRET: randomBytes(32).toString('base64url'), NEXTAUTH_URL: `http://localhost:${port}` };
  await ensureBuild(serverEnv);
  server = await startNextServer({ port, env: serverEnv, stdio: ['ignore', 'ignore', 'inherit'] });
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

  console.log(`▶ ${READERS} readers and ${ANALYSTS} analysts for ${SECONDS} s`);
  const deadline = Date.now() + SECONDS * 1000;
  const saves = [];
  const failures = [];
  const accepted = topics.map(() => []);
  let publishes = 0;
  let restores = 0;
  const analystLoop = async (index) => {
    const topic = topics[index];
    let base = topic.document;
    let version = topic.version;
    let round = 0;
    const path = `/editor/topics/${topic.id}`;
    while (Date.now() < deadline) {
      round += 1;
      // One analyst is also an admin now and then: a restore of the first revision.
      if (index === 0 && round % 7 === 0) {
        const form = new FormData();
        form.set('topicId', topic.id);
        form.set('number', '1');
        const restore = await callAction(baseUrl, adminCookie, RESTORE, `${path}/history`, [{ status: 'idle' }, form]);
        if (restore.status !== 200 || restore.result?.status !== 'success') failures.push(`restore: ${restore.status} ${JSON.stringify(restore.result)?.slice(0, 120)}`);
        else restores += 1;
        continue;
      }
      if (round % 5 === 0) {
        const publish = await callAction(baseUrl, cookies[index], PUBLISH, path, [{ topicId: topic.id, expectedVersion: version, changelogLine: `load ${round}` }]);
        if (publish.status !== 200) failures.push(`publish: ${publish.status}`);
        else if (publish.result?.status === 'success') {
          publishes += 1;
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
      saves.push(save.ms);
      const result = save.result;
      if (save.status !== 200 || !result) failures.push(`save: HTTP ${save.status}`);
      else if (result.status === 'saved') {
        accepted[index].push({ revision: result.revision, statement });
        version = result.version;
        base = result.document ?? next;
      } else if (result.status === 'conflict') {
        // Someone (the restore) changed it: take the server's document and go on.
        version = result.version;
        base = result.document;
      } else failures.push(`save: ${JSON.stringify(result).slice(0, 160)}`);
    }
  };
  const readerUrls = ['/topics/open-weights-catch-up', '/topics/inference-economics', `/search?q=${encodeURIComponent('算力')}`, '/speakers/mara-lindqvist', '/'];
  const [readers] = await Promise.all([
    autocannon({ url: baseUrl, connections: READERS, duration: SECONDS, requests: readerUrls.map((path) => ({ method: 'GET', path })) }),
    Promise.all(topics.map((_, i) => analystLoop(i))),
  ]);

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
    readers: { connections: READERS, seconds: SECONDS, requests: readers.requests.total, requestsPerSecond: Math.round(readers.requests.average), p50Ms: readers.latency.p50, p99Ms: readers.latency.p99, errors: readers.errors, non2xx: readers.non2xx, timeouts: readers.timeouts },
    analysts: { count: ANALYSTS, publishes, restores, saves: saves.length, accepted: accepted.flat().length, saveP50Ms: percentile(saves, 50), saveP95Ms: percentile(saves, 95), failures: failures.length, failureSamples: failures.slice(0, 5) },
    verification: { problems: problems.length, samples: problems.slice(0, 5) },
  };
  const markdown = [
    `# Load: readers and analysts at once (${report.at}, ${report.database})`,
    '',
    `${READERS} reader connections on topic pages, search, a speaker page and the home page, with ${ANALYSTS} analysts saving, publishing and restoring, for ${SECONDS} s.`,
    '',
    '| who | requests | req/s | p50 ms | p95 ms | p99 ms | failed |',
    '|---|---|---|---|---|---|---|',
    `| readers | ${report.readers.requests} | ${report.readers.requestsPerSecond} | ${report.readers.p50Ms} | | ${report.readers.p99Ms} | ${report.readers.errors + report.readers.non2xx} (errors ${report.readers.errors}, non-2xx ${report.readers.non2xx}) |`,
    `| analysts' saves | ${report.analysts.saves} (${report.analysts.accepted} accepted) | | ${report.analysts.saveP50Ms} | ${report.analysts.saveP95Ms} | | ${report.analysts.failures} |`,
    '',
    `Analysts also published ${publishes} times and restored ${restores} times. Accepted saves checked against the revisions: ${report.verification.problems} lost or out of order.`,
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
