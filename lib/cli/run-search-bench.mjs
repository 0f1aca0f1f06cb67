#!/usr/bin/env node
// `npm run bench:search`: search as readers get it, over HTTP from a production server, on the
// 10,000-topic site of issue 9, for a two-character Chinese word, an English word and a
// three-word phrase. Cold: the first time a query is asked after the search cache was emptied
// (what a publish does: the database's own caches stay warm, as on a live site); warm: the
// same query asked again once it is kept. Targets: cold p95 < 100 ms, warm p95 < 10 ms.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureDependencies } from './ensure-dependencies.mjs';

ensureDependencies();
const { ensureBuild } = await import('./build.mjs');
const { startNextServer } = await import('./next-server.mjs');
const { freePort } = await import('./free-port.mjs');
const { prepareTestDatabase } = await import('../testing/test-database.mjs');
const { databaseLabel, runTypeScriptJson, writeBenchReport } = await import('./bench-support.mjs');
const { CHANGE_CHANNEL } = await import('../publishing/channel.mjs');
const { createPageReader } = await import('./page-reader.mjs');

// 100 runs per kind: with 40, the p95 was the second slowest of all, one pause from moving.
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const TARGETS = { coldP95Ms: 100, warmP95Ms: 10 };

// Each kind cycles through queries that all find pages of the generated site.
const KINDS = {
  'two Chinese characters': ['算力', '数据', '审美', '算法', '推理', '便宜', '扩张', '复利', '基准', '主题'],
  'one English word': ['compute', 'scaling', 'wall', 'taste', 'matters', 'algorithms', 'compound', 'inference', 'cheaper', 'judgment'],
  'a three-word phrase': Array.from({ length: 10 }, (_, i) => `Bench topic ${101 + i * 37}`),
};

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
};

// Time to the last byte, as a browser asks for it (gzip) over a kept-alive connection; the
// bytes are counted, not decompressed in this process, which would time this process's own
// work and garbage collection (lib/cli/page-reader.mjs). The results are counted once per
// query, from a separate read that is not timed.
const reader = createPageReader();
async function timedGet(url) {
  const started = performance.now();
  const { status } = await reader.read(url);
  const ms = performance.now() - started;
  if (status !== 200) throw new Error(`${url} answered ${status}`);
  return ms;
}
const hitsOn = async (url) => (((await (await fetch(url)).text()).match(/data-hit="/g) ?? []).length);

const database = await prepareTestDatabase('bench_search');
let server;
let notifier;
try {
  const env = { DATABASE_URL: database.url, DATABASE_POOL_MAX: database.embedded ? '4' : '10' };
  console.log('▶ Writing the 10,000-topic site');
  const site = await runTypeScriptJson('lib/bench/search-site.ts', env);
  const port = await freePort();
  const serverEnv = { ...env, NEXT_DIST_DIR: '.next-test', NEXTAUTH_SECRET: randomBytes(32).toString('base64url'), NEXTAUTH_URL: `http://localhost:${port}` };
  await ensureBuild(serverEnv);
  server = await startNextServer({ port, env: serverEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  notifier = new pg.Client({ connectionString: database.url });
  await notifier.connect();
  // What a publish elsewhere does to every server's search cache: it empties it.
  const emptySearchCache = async () => {
    await notifier.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, JSON.stringify({ origin: 'bench-search', change: { kind: 'sources' } })]);
    await new Promise((resolve) => setTimeout(resolve, 50));
  };

  // A new server's first answers compile and load code; that is a deploy's cost, not a search's.
  for (const queries of Object.values(KINDS)) for (const query of queries.slice(0, 3)) await timedGet(`${server.url}/search?q=${encodeURIComponent(`${query} warm-up`)}`);

  const kinds = {};
  for (const [kind, queries] of Object.entries(KINDS)) {
    const cold = [];
    const warm = [];
    const slowestCold = {};
    for (let i = 0; i < RUNS; i += 1) {
      const query = queries[i % queries.length];
      const url = `${server.url}/search?q=${encodeURIComponent(query)}`;
      await emptySearchCache();
      const ms = await timedGet(url);
      cold.push(ms);
      slowestCold[query] = Math.max(slowestCold[query] ?? 0, Math.round(ms * 10) / 10);
      await timedGet(url); // asked again: now it is kept
      warm.push(await timedGet(url));
    }
    await emptySearchCache();
    const hits = await Promise.all(queries.map((query) => hitsOn(`${server.url}/search?q=${encodeURIComponent(query)}`)));
    kinds[kind] = {
      queries,
      slowestColdMsByQuery: slowestCold,
      resultsPerPage: { min: Math.min(...hits), max: Math.max(...hits) },
      cold: { runs: RUNS, p50Ms: percentile(cold, 50), p95Ms: percentile(cold, 95), maxMs: percentile(cold, 100) },
      warm: { runs: RUNS, p50Ms: percentile(warm, 50), p95Ms: percentile(warm, 95), maxMs: percentile(warm, 100) },
    };
    console.log(`  slowest cold by query: ${JSON.stringify(slowestCold)}`);
    console.log(`${kind}: cold p50 ${kinds[kind].cold.p50Ms} / p95 ${kinds[kind].cold.p95Ms} ms, warm p50 ${kinds[kind].warm.p50Ms} / p95 ${kinds[kind].warm.p95Ms} ms`);
  }

  const report = { at: new Date().toISOString(), database: databaseLabel(database), site, targets: TARGETS, kinds };
  const markdown = [
    `# Search benchmark (${report.at}, ${report.database})`,
    '',
    `A production server on the generated site (${site.sizes.topics} topics, ${site.sizes.publishedTopics} published, ${site.searchEntries} searchable passages), ` +
      `one request at a time from this machine (asking for gzip over a kept-alive connection, as a browser does), time to the last byte of the results page. Cold: the first ask after the search cache was emptied (as a publish empties it); ` +
      `warm: the same query once it is kept. ${RUNS} runs per kind. Targets: cold p95 < ${TARGETS.coldP95Ms} ms, warm p95 < ${TARGETS.warmP95Ms} ms.`,
    '',
    '| query | results on the page | cold p50 | cold p95 | warm p50 | warm p95 | met |',
    '|---|---|---|---|---|---|---|',
    ...Object.entries(kinds).map(
      ([kind, k]) =>
        `| ${kind} | ${k.resultsPerPage.min}–${k.resultsPerPage.max} | ${k.cold.p50Ms} ms | ${k.cold.p95Ms} ms | ${k.warm.p50Ms} ms | ${k.warm.p95Ms} ms | ${k.cold.p95Ms < TARGETS.coldP95Ms && k.warm.p95Ms < TARGETS.warmP95Ms ? 'yes' : '**no**'} |`,
    ),
    '',
  ].join('\n');
  writeBenchReport('search', report, markdown);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  reader.close();
  await notifier?.end().catch(() => {});
  await server?.stop();
  await database.dispose();
}
