// `npm run backup -- <file> [--with-password-hashes]`: the whole site as one JSON file.
import { closeSync, fchmodSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db';
import { backupSite } from './backup';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'with-password-hashes': { type: 'boolean', default: false } } });
const [file] = positionals;
if (!file) {
  console.error('usage: npm run backup -- <file> [--with-password-hashes]');
  process.exit(1);
}

const db = getDb();
try {
  const started = performance.now();
  const backup = await backupSite(db, { withPasswordHashes: values['with-password-hashes'] });
  // Owner-only (0600): a backup holds e-mails, IP addresses and perhaps password hashes. The mode
  // is set on the open file before anything is written, also when it existed with a wider one.
  const fd = openSync(file, 'w', 0o600);
  try {
    fchmodSync(fd, 0o600);
    writeSync(fd, JSON.stringify(backup));
  } finally {
    closeSync(fd);
  }
  const rows = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
  console.log(
    `Backed up ${backup.tables.Topic.length} topics, ${backup.tables.Revision.length} revisions, ${rows} rows in all to ${file} ` +
      `in ${Math.round(performance.now() - started)} ms${backup.withPasswordHashes ? '' : ' (without password hashes)'}.`,
  );
} finally {
  await db.$disconnect();
}
