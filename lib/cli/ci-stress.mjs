#!/usr/bin/env node
// `npm run ci:stress`: is CI green every time on this machine, even while it is busy? Runs
// `.ci/run` on fresh clones of the current commit, one after another (CI_STRESS_RUNS, default
// 5), while another process keeps one core busy, and reports each run's result and wall time
// to reports/ci-stress.md. A red run here is what CI would have shown.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, writeBenchReport } from './bench-support.mjs';

const RUNS = Number(process.env.CI_STRESS_RUNS ?? 5);

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** A process that spins one core for as long as it lives. */
function busyCore() {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

const commit = (await run('git', ['rev-parse', 'HEAD'], { cwd: root })).output.trim();
const results = [];
const burner = busyCore();
try {
  for (let i = 1; i <= RUNS; i += 1) {
    const work = mkdtempSync(join(tmpdir(), 'topic-desk-ci-'));
    const clone = join(work, 'clone');
    await run('git', ['clone', '--quiet', root, clone]);
    await run('git', ['checkout', '--quiet', commit], { cwd: clone });
    const started = Date.now();
    const { code, output } = await run('bash', ['.ci/run'], { cwd: clone, env: { ...process.env, DATABASE_URL: '' } });
    const minutes = Math.round(((Date.now() - started) / 60_000) * 10) / 10;
    const summary = output.match(/tests: \d+ passed, \d+ failed(?:, \d+ skipped)?/g)?.at(-1) ?? 'no test summary';
    const failures = [...output.matchAll(/^\s*✘.*$/gm)].map((match) => match[0].trim()).slice(0, 20);
    results.push({ run: i, passed: code === 0, minutes, summary, failures });
    console.log(`run ${i}: ${code === 0 ? 'passed' : 'FAILED'} in ${minutes} min (${summary})`);
    if (code !== 0) writeFileSync(join(root, 'reports', `ci-stress-run-${i}.log`), output);
    rmSync(work, { recursive: true, force: true });
  }
} finally {
  burner.kill('SIGKILL');
}

const report = { at: new Date().toISOString(), commit, runs: results };
const markdown = [
  `# CI under load (${report.at}, commit ${commit.slice(0, 10)})`,
  '',
  `\`.ci/run\` on ${RUNS} fresh clones, one after another, while another process kept one of the two cores busy.`,
  '',
  '| run | result | wall time | tests |',
  '|---|---|---|---|',
  ...results.map((r) => `| ${r.run} | ${r.passed ? 'passed' : `**failed**: ${r.failures.join('; ')}`} | ${r.minutes} min | ${r.summary} |`),
  '',
].join('\n');
writeBenchReport('ci-stress', report, markdown);
process.exitCode = results.every((r) => r.passed) ? 0 : 1;
