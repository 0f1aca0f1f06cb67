#!/usr/bin/env node
// `npm run bench:sources`: the speaker page and the quote library at scale (5,000 speakers,
// 2,000 interviews, 200,000 quotes) on a throw-away database (the DATABASE_URL server when
// set, in memory otherwise).
import { prepareTestDatabase } from '../testing/test-database.mjs';
import { databaseLabel, runTypeScriptJson, writeBenchReport } from './bench-support.mjs';

const database = await prepareTestDatabase('bench_sources');
try {
  const result = await runTypeScriptJson('lib/bench/sources.ts', { DATABASE_URL: database.url });
  const report = { at: new Date().toISOString(), database: databaseLabel(database), ...result };
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
  writeBenchReport('sources', report, markdown);
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.dispose();
}
