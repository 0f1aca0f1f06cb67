// `npm run export -- <slug> [--format txt|md|json] [--published] [--revisions] [--out FILE]`
// Writes one topic in the page's plain-text form, as Markdown, or as JSON with everything.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db';
import { EXPORT_FORMATS, ExportError, exportTopic, type ExportFormat } from './topic-export';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string', default: 'md' },
    published: { type: 'boolean', default: false },
    revisions: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`Not exported: ${message}`);
  process.exit(1);
}

const [slug] = positionals;
if (!slug) fail('usage: npm run export -- <slug> [--format txt|md|json] [--published] [--revisions] [--out FILE]');
if (!EXPORT_FORMATS.includes(values.format as ExportFormat)) fail(`--format must be one of ${EXPORT_FORMATS.join(', ')}.`);

const db = getDb();
try {
  const file = await exportTopic(db, slug, {
    format: values.format as ExportFormat,
    version: values.published ? 'published' : 'draft',
    revisions: values.revisions,
  });
  if (values.out) {
    writeFileSync(values.out, file.body);
    console.error(`Wrote ${values.out}.`);
  } else {
    process.stdout.write(file.body);
  }
} catch (error) {
  if (error instanceof ExportError) fail(error.message);
  throw error;
} finally {
  await db.$disconnect();
}
