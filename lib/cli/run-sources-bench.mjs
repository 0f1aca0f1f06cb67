#!/usr/bin/env node
// `npm run bench:sources`: the speaker page and the quote library at scale (5,000 speakers, 2,000
// interviews, 200,000 quotes) on a throw-away database (the
// DATABASE_URL server when set, in memory otherwise).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepareTestDatabase } from '../testing/test-database.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const database = await prepareTestDatabase('bench_sources');
try {
  const result = await new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/bench/sources.ts'], {
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
    `# Sources at scale (${report.at}, ${report.database})`,
    '',
    `Generated in ${result.generateMs} ms: ${result.counts.speakers} speakers, ${result.counts.interviews} interviews, ${result.counts.quotes} quotes, ${result.counts.publishedTopics} published topics, ${result.counts.appearances} appearances.`,
    '',
    '| query | p50 ms | p95 ms | rows |',
    '|---|---|---|---|',
    `| speaker page (${result.speakerPage.runs} speakers) | ${result.speakerPage.p50Ms} | ${result.speakerPage.p95Ms} | |`,
    ...Object.entries(result.quoteLibrary).map(([name, m]) => `| quote library: ${name} | ${m.p50Ms} | ${m.p95Ms} | ${m.rows} |`),
    '',
  ].join('\n');
  mkdirSync(`${root}.bench`, { recursive: true });
  writeFileSync(`${root}.bench/sources.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${root}.bench/sources.md`, markdown);
  console.log(markdown);
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.dispose();
}
