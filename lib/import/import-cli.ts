// `npm run import -- <file> [--publish] [--json] [--slug SLUG]`
// Imports a topic page written in the published page's plain-text form, as exported Markdown,
// or as the JSON export. Everything is written in one transaction, or nothing is.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db';
import { basename } from 'node:path';
import { describeReport } from './describe-report';
import { ImportFormatError } from './parse-topic-text';
import { decodeDocument, MAX_IMPORT_BYTES } from './read-document';
import { readTopicDocument } from './read-topic-document';
import { writeImportedTopic } from './write-imported-topic';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { publish: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, slug: { type: 'string' } },
});

function fail(message: string): never {
  if (values.json) console.log(JSON.stringify({ ok: false, error: message }));
  else console.error(`Not imported: ${message}`);
  process.exit(1);
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
  const parsed = readTopicDocument(decodeDocument(bytes));
  const report = await writeImportedTopic(db, parsed, { slug: values.slug, publish: values.publish, authorId: null, source: basename(file) });
  console.log(values.json ? JSON.stringify({ ok: true, ...report }) : describeReport(report));
} catch (error) {
  if (error instanceof ImportFormatError) fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await db.$disconnect();
}
