#!/usr/bin/env node
// `npm test`: lint, type-check, unit and integration tests (vitest), then end-to-end tests
// (Playwright in Chromium) against a production build. Databases: DATABASE_URL's server when
// set, an in-memory embedded PostgreSQL otherwise; never the data folder of `npm start`.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { freePort } from './free-port.mjs';

ensureDependencies();
const { ensureBuild, ensurePrismaClient } = await import('./build.mjs');
const { findOrInstallChromium } = await import('./chromium.mjs');
const { startNextServer } = await import('./next-server.mjs');
const { testDemoAccounts } = await import('./demo-logins.mjs');
const { prepareTestDatabase } = await import('../testing/test-database.mjs');
const { startTcpProxy } = await import('../testing/tcp-proxy.mjs');

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;
const reports = { vitest: `${root}test-results/vitest.json`, playwright: `${root}test-results/playwright.json` };
const TEST_DIST_DIR = '.next-test';

// `npm test -- e2e` (or lint, types, vitest) runs only those parts; no argument runs everything.
// Anything after the part names goes to Playwright: `npm test -- e2e --grep matrix`.
const PARTS = new Set(['lint', 'types', 'vitest', 'e2e']);
const args = process.argv.slice(2);
const firstOption = args.findIndex((arg) => !PARTS.has(arg));
const only = new Set(firstOption === -1 ? args : args.slice(0, firstOption));
const playwrightArgs = firstOption === -1 ? [] : args.slice(firstOption);
const wanted = (part) => only.size === 0 || only.has(part);

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${title} failed (exit code ${code}).`))));
  });
}

function countResults() {
  const read = (path) => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      return undefined;
    }
  };
  const vitest = read(reports.vitest);
  const playwright = read(reports.playwright);
  return {
    passed: (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0),
    failed: (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0),
    skipped: (vitest?.numPendingTests ?? 0) + (playwright?.stats?.skipped ?? 0),
  };
}

let server;
let database;
let proxy;
let failure;
try {
  rmSync(`${root}test-results`, { recursive: true, force: true });
  await ensurePrismaClient();
  await step('Generating route types (next typegen)', process.execPath, [`${root}node_modules/next/dist/bin/next`, 'typegen']);
  if (wanted('lint')) await step('Lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']);
  if (wanted('types')) await step('Type-check (tsc)', bin('tsc'), ['--noEmit']);
  if (wanted('vitest')) {
    await step('Unit and integration tests (vitest)', bin('vitest'), [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports.vitest}`,
    ]);
  }

  if (wanted('e2e')) {
    const chromium = await findOrInstallChromium();
    // Known demo passwords for this run only (the seed in Playwright's global setup and the
    // specs read them from TOPICDESK_DEMO_PASSWORDS); a real start generates its own.
    testDemoAccounts();
    console.log('\n▶ Preparing the end-to-end database and a production build');
    database = await prepareTestDatabase('e2e');
    // The app reaches its database through a proxy a test can cut (editing while offline).
    proxy = await startTcpProxy(database.url);
    const port = await freePort();
    const env = {
      DATABASE_URL: proxy.url,
      DATABASE_POOL_MAX: database.embedded ? '4' : '10',
      NEXT_DIST_DIR: TEST_DIST_DIR,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXTAUTH_URL: `http://localhost:${port}`,
      // The microcache runs as in production (250 ms, lib/microcache): every change empties it,
      // and the suite checks that readers see changes at once.
    };
    await ensureBuild(env);
    server = await startNextServer({ port, env, stdio: ['ignore', 'ignore', 'inherit'] });
    await step('End-to-end tests (Playwright, Chromium)', bin('playwright'), ['test', ...playwrightArgs], {
      E2E_BASE_URL: server.url,
      E2E_DATABASE_URL: database.url,
      E2E_DB_PROXY_URL: proxy.controlUrl,
      E2E_JSON_REPORT: reports.playwright,
      CHROMIUM_PATH: chromium,
    });
  }
} catch (error) {
  failure = error;
} finally {
  await server?.stop();
  await proxy?.close();
  await database?.dispose();
}

const { passed, failed, skipped } = countResults();
if (failure) console.error(`\n✗ ${failure.message}`);
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failure || failed > 0 ? 1 : 0);
