#!/usr/bin/env node
// `npm run bench:transcripts`: importing a 3-hour transcript, searching 2,000 interviews × 1 hour
// of transcripts, and anchoring a 400-quote topic, on a throw-away database (the DATABASE_URL
// server when set, in memory otherwise). Run it under the machine's heavy-job lock.
import { prepareTestDatabase } from '../testing/test-database.mjs';
import { checkList, databaseLabel, runTypeScriptJson, writeBenchReport } from './bench-support.mjs';

const database = await prepareTestDatabase('bench_transcripts');
try {
  const result = await runTypeScriptJson('lib/bench/transcripts.ts', { DATABASE_URL: database.url });
  const report = { at: new Date().toISOString(), database: databaseLabel(database), ...result };
  const { importing, corpus, search, anchoring } = result;
  const slowestImport = Math.max(...importing.runs.map((r) => r.totalMs));
  const { check, table, failed } = checkList();
  check('import of a 3-hour transcript < 2 s', slowestImport < 2_000, `${importing.runs.map((r) => r.totalMs).join(' / ')} ms (parse ${importing.runs.map((r) => r.parseMs).join(' / ')} ms), ${importing.runs[0].segments} segments, ${importing.runs[0].words} words, ${Math.round(importing.bytes / 1024)} KB`);
  check('transcript search p95 < 200 ms', search.worstP95Ms < 200, `slowest query p95 ${search.worstP95Ms} ms over ${corpus.segments.toLocaleString('en')} segments`);
  check('anchoring a 400-quote topic < 2 s', anchoring.totalMs < 2_000, `${anchoring.totalMs} ms (finding ${anchoring.findMs} ms): ${anchoring.anchored} anchored, ${anchoring.ambiguous} ambiguous, ${anchoring.notFound} not found of ${anchoring.quotes}`);
  const markdown = [
    `# Transcripts (${report.at}, ${report.database})`,
    '',
    ...table(),
    '',
    `Corpus: ${corpus.segments.toLocaleString('en')} segments (2,000 interviews × 1 hour) written in ${corpus.insertMs} ms, indexed in ${corpus.totalMs - corpus.insertMs} ms.`,
    '',
    '| search | p50 ms | p95 ms | hits |',
    '|---|---|---|---|',
    ...Object.entries(search.queries).map(([name, q]) => `| ${name} | ${q.p50Ms} | ${q.p95Ms} | ${q.hits} |`),
    '',
  ].join('\n');
  writeBenchReport('transcripts', report, markdown);
  if (failed()) process.exitCode = 1;
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.dispose();
}
