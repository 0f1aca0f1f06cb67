#!/usr/bin/env node
// `npm run bench:outage`: PostgreSQL stopped and started again under the production topology
// (two app instances behind nginx, the Redis cache), with readers and an analyst in Chromium
// active. The database is a server of its own (lib/cli/private-postgres.mjs), so stopping it
// disturbs nothing else. Checks, pass/fail:
//   - during the outage a reader of a page that needs the database gets nginx's plain 503 page
//     (Retry-After, no technical detail); an app instance asked directly answers its own plain
//     error page, without a stack trace; cached topic pages keep being served
//   - the analyst's edit made during the outage stays in the browser (status "offline") and is
//     saved by itself once the database is back, without a reload
//   - after the restart every reader page answers 200 again, without restarting the app
// Report in reports/outage.{json,md}; exits non-zero when a check fails.
import { ensureDependencies } from './ensure-dependencies.mjs';

ensureDependencies();
const { default: pg } = await import('pg');
const { chromium } = await import('@playwright/test');
const { ensureBuild } = await import('./build.mjs');
const { startAppCluster } = await import('./app-cluster.mjs');
const { CHROMIUM_FLAGS, findOrInstallChromium } = await import('./chromium.mjs');
// Demo passwords known to this run (set in the environment the seed it runs inherits).
const DEMO_ACCOUNTS = (await import('./demo-logins.mjs')).testDemoAccounts();
const { startPrivatePostgres } = await import('./private-postgres.mjs');
const { prepareTestDatabase } = await import('../testing/test-database.mjs');
const { checkList, runTypeScriptJson, writeBenchReport } = await import('./bench-support.mjs');

const DIST = '.next-test';
const RECOVERY_LIMIT_MS = 30_000;
const OUTAGE_MS = Number(process.env.OUTAGE_SECONDS ?? 15) * 1000;
const TECHNICAL_DETAIL = /at \w+ \(|node_modules|Prisma|ECONNREFUSED|stack/i;
const visibleText = (html) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const { checks, check, table, failed } = checkList();

/** GETs a path and returns status, body and Retry-After. */
async function read(baseUrl, path) {
  try {
    const response = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(15_000) });
    return { status: response.status, body: await response.text(), retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    return { status: 0, body: String(error), retryAfter: null };
  }
}

/** Polls until every path answers 200; returns the milliseconds it took, or null. */
async function msUntilAllOk(baseUrl, paths, started) {
  while (performance.now() - started < RECOVERY_LIMIT_MS) {
    const statuses = await Promise.all(paths.map((path) => read(baseUrl, path).then((r) => r.status)));
    if (statuses.every((status) => status === 200)) return Math.round(performance.now() - started);
    await pause(250);
  }
  return null;
}

const server = await startPrivatePostgres();
let database;
let cluster;
let browser;
try {
  database = await prepareTestDatabase('outage', { serverUrl: server.url });
  const env = { DATABASE_URL: database.url, DATABASE_POOL_MAX: '10', NEXT_DIST_DIR: DIST };
  console.log('▶ Fixtures, a production build, two instances behind nginx');
  const { topics } = await runTypeScriptJson('lib/bench/load-fixtures.ts', { ...env, LOAD_ANALYSTS: '1' });
  const [topic] = topics;
  await ensureBuild(env);
  cluster = await startAppCluster({ instances: 2, env });
  const front = cluster.url;
  const cachedPage = '/topics/open-weights-catch-up';
  let searchCount = 0;
  const uncachedSearch = () => `/search?q=outage${(searchCount += 1)}`;
  const readerPaths = () => [cachedPage, '/', uncachedSearch(), '/speakers/mara-lindqvist'];
  for (const path of readerPaths()) await read(front, path); // warm the caches

  console.log('▶ An analyst in Chromium edits a statement');
  const analyst = DEMO_ACCOUNTS.find((a) => a.role === 'ANALYST');
  browser = await chromium.launch({ executablePath: await findOrInstallChromium(), args: CHROMIUM_FLAGS });
  const page = await browser.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${front}/login`);
  await page.getByLabel(/邮箱|Email/).fill(analyst.email);
  await page.getByLabel(/密码|Password/).fill(analyst.password);
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
  await page.waitForURL(/\/editor/);
  await page.goto(`${front}/editor/topics/${topic.id}`);
  await page.locator('html[data-editor-ready="true"]').waitFor({ state: 'attached' });
  const statement = page.getByLabel('共识陈述 · Statement').first();
  const saveState = page.locator('[data-save-state]');
  await statement.fill('Before the outage');
  await page.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });

  console.log('▶ PostgreSQL stops');
  server.stop();
  const stoppedAt = performance.now();
  await statement.fill('Written while the database was down');
  const offline = await page
    .locator('[data-save-state="offline"]')
    .waitFor({ timeout: 20_000 })
    .then(() => true, () => false);
  const stateDuring = await saveState.getAttribute('data-save-state');
  check('the analyst sees "offline" and keeps the edit', offline && (await statement.inputValue()) === 'Written while the database was down', `save state ${stateDuring}; the field still holds the edit`);

  const search = await read(front, uncachedSearch());
  check(
    'a reader of a page that needs the database gets a plain 503 page',
    search.status === 503 && search.retryAfter !== null && search.body.includes('暂时无法访问') && !TECHNICAL_DETAIL.test(search.body),
    `GET /search through nginx → ${search.status}, Retry-After ${search.retryAfter ?? 'missing'}, ${TECHNICAL_DETAIL.test(search.body) ? 'technical detail shown' : 'no technical detail'}`,
  );
  const direct = await read(cluster.servers[0].url, uncachedSearch());
  check(
    'an app instance asked directly shows its plain error page',
    direct.status >= 500 && !TECHNICAL_DETAIL.test(visibleText(direct.body)),
    `GET /search on one instance → ${direct.status}, ${TECHNICAL_DETAIL.test(visibleText(direct.body)) ? 'technical detail shown' : 'no technical detail'}: "${visibleText(direct.body).slice(0, 160)}"`,
  );
  // Readers keep coming for the rest of the outage.
  const during = { cached: [], uncached: [] };
  while (performance.now() - stoppedAt < OUTAGE_MS) {
    during.cached.push((await read(front, cachedPage)).status);
    during.uncached.push((await read(front, uncachedSearch())).status);
    await pause(200);
  }
  const tally = (statuses) => Object.entries(statuses.reduce((counts, s) => ({ ...counts, [s]: (counts[s] ?? 0) + 1 }), {})).map(([s, n]) => `${n}× ${s}`).join(', ');
  check('a cached topic page is still served', during.cached.every((s) => s === 200), `${cachedPage} during the outage: ${tally(during.cached)}`);
  check('pages that need the database answer 503, never hang', during.uncached.every((s) => s === 503), `uncached searches during the outage: ${tally(during.uncached)}`);

  console.log('▶ PostgreSQL starts again');
  const outageMs = Math.round(performance.now() - stoppedAt);
  server.start();
  const restartedAt = performance.now();
  const readersBackMs = await msUntilAllOk(front, readerPaths(), restartedAt);
  check('every reader page answers 200 again, without restarting the app', readersBackMs !== null, readersBackMs === null ? `not within ${RECOVERY_LIMIT_MS / 1000} s` : `after ${readersBackMs} ms`);
  const saved = await page
    .locator('[data-save-state="saved"]')
    .waitFor({ timeout: RECOVERY_LIMIT_MS })
    .then(() => Math.round(performance.now() - restartedAt), () => null);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query(`SELECT statement FROM "ConsensusPoint" WHERE "topicId" = $1 ORDER BY position LIMIT 1`, [topic.id]);
  await client.end();
  check(
    "the analyst's edit saves by itself once the database is back",
    saved !== null && rows[0]?.statement === 'Written while the database was down',
    saved === null ? `still ${await saveState.getAttribute('data-save-state')} after ${RECOVERY_LIMIT_MS / 1000} s` : `saved ${saved} ms after the restart; the database holds "${rows[0]?.statement}"`,
  );

  const report = { at: new Date().toISOString(), database: 'PostgreSQL server of its own, stopped with pg_ctl -m fast', outageMs, readersBackMs, editSavedAfterMs: saved, checks };
  const markdown = [
    `# PostgreSQL stopped and restarted under load (${report.at})`,
    '',
    `Two app instances behind nginx with the Redis cache, on ${report.database}; the outage lasted ${outageMs} ms.`,
    '',
    ...table(),
    '',
  ].join('\n');
  writeBenchReport('outage', report, markdown);
  if (failed()) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await cluster?.stop();
  await database?.dispose().catch(() => {});
  server.dispose();
}
