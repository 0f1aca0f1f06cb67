#!/usr/bin/env node
// `npm run bench:diff`: the revision diff at the largest texts the editor accepts, each case in
// a process of its own (its peak memory is its own). Targets: < 200 ms and < 50 MB per case
// (issue 19, finding 4: the LCS diff before took ~10 s and 1.7 GB for the first case).
// No database.
import { runTypeScriptJson, writeBenchReport } from './bench-support.mjs';

const CASES = ['ends', 'scattered', 'different', 'twoLetters', 'english', 'document'];
const TARGET_MS = 200;
const TARGET_MB = 50;

try {
  const results = [];
  for (const name of CASES) results.push(await runTypeScriptJson('lib/bench/diff.ts', { BENCH_DIFF_CASE: name }));
  const met = (r) => Math.max(r.coldMs, r.maxMs) < TARGET_MS && r.peakRssGainMb < TARGET_MB;
  const report = { at: new Date().toISOString(), targetMs: TARGET_MS, targetMb: TARGET_MB, results, allMet: results.every(met) };
  const markdown = [
    `# Diff benchmark (${report.at})`,
    '',
    `Each case in a fresh process: the first (cold) call, as one request makes it, then ${results[0].runs} more. Memory: the peak resident memory the process gained in the first call (one request), and over all ${results[0].runs + 1} calls (garbage V8 had not collected yet included). Target: < ${TARGET_MS} ms (slowest call) and < ${TARGET_MB} MB (one call).`,
    '',
    '| case | cold ms (CPU) | p50 ms | max ms | memory MB, one call / all calls | met |',
    '|---|---|---|---|---|---|',
    ...results.map((r) => `| ${r.what} | ${r.coldMs} (${r.coldCpuMs}) | ${r.p50Ms} | ${r.maxMs} | ${r.peakRssGainMb} / ${r.peakRssGainAllRunsMb} | ${met(r) ? 'yes' : '**no**'} |`),
    '',
  ].join('\n');
  writeBenchReport('diff', report, markdown);
  if (!report.allMet) process.exitCode = 1;
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
}
