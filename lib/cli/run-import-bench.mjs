#!/usr/bin/env node
// `npm run bench:import`: import, backup and restore timings on throw-away databases (on the
// DATABASE_URL server when set, in memory otherwise); nothing touches the site's own data.
import { spawn } from 'node:child_process';
import { writeBenchReport } from './bench-support.mjs';
import { fileURLToPath } from 'node:url';
import { prepareTestDatabase } from '../testing/test-database.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const source = await prepareTestDatabase('bench_source');
const target = await prepareTestDatabase('bench_target');
try {
  const output = await new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/bench/import-backup.ts'], {
      cwd: root,
      env: { ...process.env, SOURCE_URL: source.url, TARGET_URL: target.url, NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`the benchmark exited with ${code}`))));
  });
  const result = JSON.parse(output.trim().split('\n').at(-1));
  const worst = result.hostile.reduce((a, b) => (b.wallMs > a.wallMs ? b : a));
  console.log(`Worst case reading a hostile document: ${worst.name}, ${worst.wallMs} ms wall, ${worst.cpuMs} ms CPU (${worst.outcome.slice(0, 60)})`);
  const report = { at: new Date().toISOString(), database: source.embedded ? 'embedded (PGlite, in memory)' : 'PostgreSQL server', ...result };
  const markdown = [
    `# Import, backup and restore (${report.at}, ${report.database})`,
    '',
    '| what | time |',
    '|---|---|',
    `| import the reference page (17 quotes), publish | ${result.importSeedMs} ms |`,
    `| import a generated document (${result.import400Quotes.quotes} quotes, ${result.import400Quotes.camps} camps, ${result.import400Quotes.lines} lines), publish | ${result.import400QuotesMs} ms |`,
    `| back up ${result.site.topics} topics (${result.site.revisions} revisions, ${result.site.rows} rows, ${(result.site.backupBytes / 1024 / 1024).toFixed(1)} MB) | ${result.backupMs} ms |`,
    `| restore that backup into an empty database | ${result.restoreMs} ms |`,
    '',
    'Reading documents built to be slow (parse, speaker inference, interview merging; best of three runs, and the slowest run):',
    '',
    '| document | size | outcome | wall | CPU | slowest run |',
    '|---|---|---|---|---|---|',
    ...result.hostile.map((h) => `| ${h.name} | ${(h.bytes / 1024 / 1024).toFixed(1)} MB | ${h.outcome.slice(0, 60)} | ${h.wallMs} ms | ${h.cpuMs} ms | ${h.worstWallMs} ms |`),
    '',
    `Worst case: ${worst.name}, ${worst.wallMs} ms (CPU ${worst.cpuMs} ms; slowest of its three runs ${worst.worstWallMs} ms).`,
    '',
  ].join('\n');
  writeBenchReport('import-backup', report, markdown);
} finally {
  await source.dispose();
  await target.dispose();
}
