#!/usr/bin/env node
// `npm run bench:revisions`: diff and history timings on a throw-away database (the
// DATABASE_URL server when set, in memory otherwise).
import { prepareTestDatabase } from '../testing/test-database.mjs';
import { databaseLabel, runTypeScriptJson, writeBenchReport } from './bench-support.mjs';

const database = await prepareTestDatabase('bench_revisions');
try {
  const result = await runTypeScriptJson('lib/bench/revisions.ts', { DATABASE_URL: database.url });
  const report = { at: new Date().toISOString(), database: databaseLabel(database), ...result };
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
  writeBenchReport('revisions', report, markdown);
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.dispose();
}
