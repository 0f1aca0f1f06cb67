// `npm run transcript:import -- <file> --interview <id> [--language en|zh] [--json]`
// Imports a transcript (WebVTT, SRT, Podcasting 2.0 JSON or plain text) into an interview; a
// transcript already there in that language is replaced and its quote anchors found again.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db';
import { parseTranscript } from './parse/parse-transcript';
import { TRANSCRIPT_LIMITS, TranscriptParseError } from './parse/types';
import { languageSchema } from './schema';
import { writeTranscript, type TranscriptImportReport } from './write-transcript';

const USAGE = 'usage: npm run transcript:import -- <file> --interview <id> [--language en|zh] [--json]';
function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: { interview: { type: 'string' }, language: { type: 'string' }, json: { type: 'boolean', default: false } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
}
const { values, positionals } = readArgs();

function fail(message: string): never {
  if (values.json) console.log(JSON.stringify({ ok: false, error: message }));
  else console.error(`Not imported: ${message}`);
  process.exit(1);
}

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 19);

function describe(report: TranscriptImportReport, ms: number): string {
  const lines = [
    `${report.replaced ? 'Replaced' : 'Imported'} the ${report.language} transcript (${report.role.toLowerCase()}, ${report.format}) of interview ${report.interviewId} in ${ms} ms:`,
    `  ${report.segments} segments, ${report.words} words, ${clock(report.durationMs)} long`,
  ];
  if (report.replaced) lines.push(`  quote anchors: ${report.anchors.kept} kept, ${report.anchors.moved} moved in time, ${report.anchors.lost} lost`);
  for (const label of report.labels) {
    const who = label.confirmed ? `= ${label.confirmed.name}` : label.suggested ? `suggested: ${label.suggested.name} (confirm at /editor/interviews/${report.interviewId})` : 'no speaker yet';
    lines.push(`  label "${label.label}" (${label.segments} segments): ${who}`);
  }
  return lines.join('\n');
}

const [file] = positionals;
if (!file || !values.interview) fail(USAGE);
if (values.language !== undefined && !languageSchema.safeParse(values.language).success) fail(`--language takes a code such as en or zh, not "${values.language}".`);
let source: string;
try {
  if (statSync(file).size > TRANSCRIPT_LIMITS.bytes) fail(`${file} is larger than ${TRANSCRIPT_LIMITS.bytes / 1_000_000} MB.`);
  source = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
}

const db = getDb();
try {
  const started = performance.now();
  const parsed = await parseTranscript(source, { fileName: file });
  const report = await writeTranscript(db, { interviewId: values.interview, language: values.language, parsed, importedById: null });
  const ms = Math.round(performance.now() - started);
  console.log(values.json ? JSON.stringify({ ok: true, ms, ...report }) : describe(report, ms));
} catch (error) {
  if (error instanceof TranscriptParseError) fail(`${file}: ${error.message}`);
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await db.$disconnect();
}
