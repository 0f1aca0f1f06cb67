#!/usr/bin/env node
// `npm run bench:revisions`: diff and history timings on a throw-away database (the
// DATABASE_URL server when set, in memory otherwise).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepareTestDatabase } from '../testing/test-database.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const database = await prepareTestDatabase('bench_revisions');
try {
  const result = await new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/bench/revisions.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: database.url, NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1))) : reject(new Error(`the benchmark exited with ${code}`))));
  });
  const report = { at: new Date().toISOString(), database: database.embedded ? 'embedded (PGlite, in memory)' : 'PostgreSQL server', ...result };
  const markdown = [
    `# Revisions benchmark (${report.at}, ${report.database})`,
    '',
    '| what | p50 ms | p95 ms |',
    '|---|---|---|',
    `| diff of two revisions, ${result.diff.quotes} quotes (${result.diff.blocks} blocks): read, parse, compare (${result.diff.runs} runs) | ${result.diff.p50Ms} | ${result.diff.p95Ms} |`,
    `| history, first page of ${result.history.revisions} revisions (${result.history.runs} runs) | ${result.history.p50Ms} | ${result.history.p95Ms} |`,
    `| history, last page of ${result.historyLastPage.revisions} revisions | ${result.historyLastPage.p50Ms} | ${result.historyLastPage.p95Ms} |`,
    '',
  ].join('\n');
  mkdirSync(`${root}.bench`, { recursive: true });
  writeFileSync(`${root}.bench/revisions.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${root}.bench/revisions.md`, markdown);
  console.log(markdown);
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.dispose();
}
