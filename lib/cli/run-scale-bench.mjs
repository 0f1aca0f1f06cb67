#!/usr/bin/env node
// `npm run bench:scale`: the whole site at the size of issue 9 (10,000 topics, 100,000
// revisions, 200,000 quotes, 5,000 speakers, 2,000 interviews) on a throw-away database (the
// DATABASE_URL server when set, in memory otherwise), and the server time of every reader page
// and editor action against its target. BENCH_TOPICS, BENCH_REVISIONS, … shrink it;
// BENCH_SCALE_FOCUS=positions measures only the speakers' positions (reports/scale-positions.md).
import { prepareTestDatabase } from '../testing/test-database.mjs';
import { databaseLabel, runTypeScriptJson, writeBenchReport } from './bench-support.mjs';
import { renderScaleReport } from './scale-report.mjs';

const database = await prepareTestDatabase('bench_scale');
try {
  const env = { DATABASE_URL: database.url, DATABASE_POOL_MAX: database.embedded ? '4' : '10' };
  const result = await runTypeScriptJson('lib/bench/scale.ts', env);
  const report = { at: new Date().toISOString(), database: databaseLabel(database), ...result };
  // A focused run (BENCH_SCALE_FOCUS=positions) leaves the full run's report as it is.
  writeBenchReport(result.focus ? `scale-${result.focus}` : 'scale', report, renderScaleReport(report));
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.dispose();
}
