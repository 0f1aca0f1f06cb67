#!/usr/bin/env node
// `npm run bench`: measures a running production server (it builds and starts nothing).
//   BENCH_URL          the server (default http://localhost:3000)
//   BENCH_CONNECTIONS  concurrent connections (default 10)
//   BENCH_SECONDS      duration of each load run (default 10)
// The database is found as every tool finds it (DATABASE_URL, or `npm start`'s embedded one).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadTest } from './load-generator.mjs';
import { exitOnConfigError, withDatabaseUrl } from './database-url.mjs';
import { writeBenchReport } from './bench-support.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const baseUrl = (process.env.BENCH_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const duration = Number(process.env.BENCH_SECONDS ?? 10);

function countQueries(url) {
  return new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/bench/query-count.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: '2', NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1))) : reject(new Error('query count failed'))));
  });
}

async function load(path) {
  const url = `${baseUrl}${path}`;
  const first = await fetch(url);
  if (!first.ok) throw new Error(`${url} answered ${first.status}; is the server running the demo content?`);
  const result = await loadTest({ url, connections, duration });
  return {
    path,
    connections,
    seconds: duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

try {
  await fetch(`${baseUrl}/api/health`).catch(() => {
    throw new Error(`Nothing answers at ${baseUrl}. Start the app first (\`npm start\`), or set BENCH_URL.`);
  });
  const queries = await withDatabaseUrl((url) => countQueries(url));
  const pages = [await load('/topics/open-weights-catch-up'), await load('/topics/bench-20-camps-400-quotes')];
  const report = { at: new Date().toISOString(), baseUrl, queries, pages };

  const markdown = [
    `# Topic page benchmark (${report.at})`,
    '',
    `Server ${baseUrl}, ${connections} connections, ${duration} s per page.`,
    '',
    '| page | req/s | p50 ms | p99 ms | errors | non-2xx |',
    '|---|---|---|---|---|---|',
    ...pages.map((p) => `| ${p.path} | ${p.requestsPerSecond} | ${p.latencyMs.p50} | ${p.latencyMs.p99} | ${p.errors} | ${p.non2xx} |`),
    '',
    '| topic | camps | quotes | SQL queries per render |',
    '|---|---|---|---|',
    ...[queries.demo, queries.large].map((q) => `| ${q.slug} | ${q.camps} | ${q.quotes} | ${q.queries} |`),
    '',
  ].join('\n');
  writeBenchReport('topic-page', report, markdown);
} catch (error) {
  exitOnConfigError(error);
  console.error(error.message);
  process.exit(1);
}
