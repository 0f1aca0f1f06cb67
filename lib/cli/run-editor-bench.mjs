#!/usr/bin/env node
// `npm run bench:editor`: the analyst's editor on big topics, on a throw-away database (the
// DATABASE_URL server when set, in memory otherwise) and its own production server.
//   1. server time of saves on a 400-quote topic (block edit, shared quote edit, block move),
//      and of publishing it (with the statements a publish sends and the draft loads)
//   2. in Chromium: time until the editor takes input, for 400 quotes and for 2,000 blocks,
//      and the delay from a keystroke to the next frame while typing on the 2,000-block topic
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { ensureDependencies } from './ensure-dependencies.mjs';

ensureDependencies();
const { ensureBuild } = await import('./build.mjs');
const { CHROMIUM_FLAGS, findOrInstallChromium } = await import('./chromium.mjs');
const { startNextServer } = await import('./next-server.mjs');
const { freePort } = await import('./free-port.mjs');
// Demo passwords known to this run (set in the environment the seed it runs inherits).
const DEMO_ACCOUNTS = (await import('./demo-logins.mjs')).testDemoAccounts();
const { prepareTestDatabase } = await import('../testing/test-database.mjs');
const { databaseLabel, root, runTypeScriptJson, writeBenchReport } = await import('./bench-support.mjs');
const { chromium } = await import('@playwright/test');


const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
};

async function browserRun(baseUrl, ids, executablePath) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    const analyst = DEMO_ACCOUNTS.find((a) => a.role === 'ANALYST');
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(/邮箱|Email/).fill(analyst.email);
    await page.getByLabel(/密码|Password/).fill(analyst.password);
    await page.getByRole('button', { name: /登录|Sign in/ }).click();
    await page.waitForURL(/\/editor/);

    const open = async (topicId) => {
      const times = [];
      for (let round = 0; round < 3; round += 1) {
        const started = Date.now();
        await page.goto(`${baseUrl}/editor/topics/${topicId}`);
        await page.locator('html[data-editor-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
        times.push(Date.now() - started);
      }
      return { runs: times, bestMs: Math.min(...times), medianMs: percentile(times, 50) };
    };
    const large = await open(ids.large);
    const huge = await open(ids.huge);

    // Typing on the 2,000-block topic: keydown to the frame after React has rendered. Its
    // sections open folded; the analyst opens one camp and types in it.
    await page.getByRole('button', { name: /展开 \d+ 块/ }).nth(1).click();
    // A CSS locator: matching by label across ~10,000 fields is slow in the test driver itself.
    const field = page.locator('[data-sortable="block"] textarea[data-field$=".text"]').nth(10);
    await field.scrollIntoViewIfNeeded();
    await field.focus();
    await page.evaluate(() => {
      const target = document.activeElement;
      window.__latencies = [];
      let down = 0;
      target.addEventListener('keydown', () => (down = performance.now()), true);
      target.addEventListener('input', () => requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - down), 0)));
    });
    await page.keyboard.type(' typing on a page with two thousand blocks', { delay: 30 });
    await page.waitForTimeout(300);
    const latencies = await page.evaluate(() => window.__latencies);
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 30_000 });
    return {
      open400Quotes: large,
      open2000Blocks: huge,
      typing2000Blocks: { keystrokes: latencies.length, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), maxMs: percentile(latencies, 100) },
    };
  } catch (error) {
    mkdirSync(`${root}reports`, { recursive: true });
    await page.screenshot({ path: `${root}reports/editor-failure.png` }).catch(() => {});
    console.error(`The page at the failure: .bench/editor-failure.png (${page.url()})`);
    throw error;
  } finally {
    await browser.close();
  }
}

const database = await prepareTestDatabase('bench_editor');
let server;
try {
  const env = { DATABASE_URL: database.url, DATABASE_POOL_MAX: database.embedded ? '4' : '10' };
  console.log('▶ Saves on a 400-quote topic (server time)');
  const saves = await runTypeScriptJson('lib/bench/editor-save.ts', env);
  console.log('▶ Writing the demo and two generated topics, building, starting a server');
  const ids = await runTypeScriptJson('lib/bench/editor-fixtures.ts', env);
  const port = await freePort();
  const serverEnv = { ...env, NEXT_DIST_DIR: '.next-test', NEXTAUTH_SECRET: randomBytes(32).toString('base64url'), NEXTAUTH_URL: `http://localhost:${port}` };
  await ensureBuild(serverEnv);
  server = await startNextServer({ port, env: serverEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log('▶ The editor in Chromium');
  const browser = await browserRun(server.url, ids, await findOrInstallChromium());

  const report = { at: new Date().toISOString(), database: databaseLabel(database), saves, browser };
  const row = (name, m) => `| ${name} | ${m.p50Ms} | ${m.p95Ms} | ${m.maxMs} |`;
  const markdown = [
    `# Editor benchmark (${report.at}, ${report.database})`,
    '',
    `Saves on a generated topic with ${saves.quotes} quotes (${saves.blocks} blocks), ${saves.blockEdit.saves} of each, server time (lock, load, merge, validate, write, revision):`,
    '',
    '| save | p50 ms | p95 ms | max ms |',
    '|---|---|---|---|',
    row('one paragraph edited', saves.blockEdit),
    row('a shared quote’s translation edited', saves.quoteEdit),
    row('one block moved to the end of its camp', saves.move),
    '',
    `Publishing the same topic, ${saves.publish.publishes} times, server time (lock, load the draft, rules, revision, published record, audit, announcement): ` +
      `p50 ${saves.publish.p50Ms} ms, p95 ${saves.publish.p95Ms} ms, max ${saves.publish.maxMs} ms; one publish sends ${saves.publish.statements} statements and loads the draft ${saves.publish.draftLoads} time(s).`,
    '',
    'In Chromium (time from navigation until the editor takes input; typing: keydown to the next frame):',
    '',
    '| measure | result |',
    '|---|---|',
    `| open the editor, 400 quotes (800 blocks) | median ${browser.open400Quotes.medianMs} ms (runs ${browser.open400Quotes.runs.join(', ')}) |`,
    `| open the editor, 2,000 blocks | median ${browser.open2000Blocks.medianMs} ms (runs ${browser.open2000Blocks.runs.join(', ')}) |`,
    `| typing on the 2,000-block topic | p50 ${browser.typing2000Blocks.p50Ms} ms, p95 ${browser.typing2000Blocks.p95Ms} ms over ${browser.typing2000Blocks.keystrokes} keystrokes |`,
    '',
  ].join('\n');
  writeBenchReport('editor', report, markdown);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await server?.stop();
  await database.dispose();
}
