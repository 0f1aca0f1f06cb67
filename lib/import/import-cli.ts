// `npm run import -- <file> [--publish] [--json] [--slug SLUG]`
// Imports a topic page written in the published page's plain-text form. Everything is written
// in one transaction, or nothing is.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db';
import { ImportFormatError, parseTopicText } from './parse-topic-text';
import { decodeDocument, MAX_IMPORT_BYTES } from './read-document';
import { writeImportedTopic, type ImportReport } from './write-imported-topic';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { publish: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, slug: { type: 'string' } },
});

function fail(message: string): never {
  if (values.json) console.log(JSON.stringify({ ok: false, error: message }));
  else console.error(`Not imported: ${message}`);
  process.exit(1);
}

function describe(report: ImportReport): string {
  const c = report.counts;
  const lines = [
    `${report.outcome === 'created' ? 'Created' : 'Updated'} ${report.slug} (revision ${report.revisionNumber}${report.published ? ', published' : ', draft'}).`,
    `  ${c.consensusPoints} consensus points, ${c.camps} camps, ${c.quotes} quotes (${report.reusedQuotes} reused), ${c.paraphrases} paraphrases, ${c.notes} notes, ${c.paragraphs} paragraphs`,
    `  ${c.blindSpots} blind spots, ${c.openQuestions} open questions, ${c.sources} interviews, ${c.changelog} changelog lines`,
    `  speakers matched: ${report.speakers.matched.join(', ') || '—'}`,
    `  speakers created: ${report.speakers.created.join(', ') || '—'}`,
    `  interviews matched: ${report.interviews.matched.join(', ') || '—'}`,
    `  interviews created: ${report.interviews.created.join(', ') || '—'}`,
  ];
  if (report.placeholders.length) lines.push(`  placeholder topics created for: ${report.placeholders.join(', ')}`);
  for (const quote of report.unattributedQuotes) lines.push(`  line ${quote.line}: quote without a speaker, flagged: "${quote.text}…"`);
  for (const warning of report.warnings) lines.push(`  ${warning.line ? `line ${warning.line}: ` : ''}${warning.message}`);
  if (report.diff) {
    lines.push(`  text changes: +${report.diff.added} −${report.diff.removed} lines`);
    for (const line of report.diff.lines.slice(0, 40)) lines.push(`    ${line.op} ${line.text}`);
    if (report.diff.lines.length > 40) lines.push(`    … ${report.diff.lines.length - 40} more`);
  }
  return lines.join('\n');
}

const [file] = positionals;
if (!file) fail('usage: npm run import -- <file> [--publish] [--json] [--slug SLUG]');
let bytes: Uint8Array;
try {
  if (statSync(file).size > MAX_IMPORT_BYTES) fail(`${file} is larger than 5 MB.`);
  bytes = readFileSync(file);
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
}

const db = getDb();
try {
  const parsed = parseTopicText(decodeDocument(bytes));
  const report = await writeImportedTopic(db, parsed, { slug: values.slug, publish: values.publish, authorId: null });
  console.log(values.json ? JSON.stringify({ ok: true, ...report }) : describe(report));
} catch (error) {
  if (error instanceof ImportFormatError) fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await db.$disconnect();
}
