// `npm run restore -- <file>`: a backup into an empty, migrated database (one transaction).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db';
import { BackupError, restoreSite } from './backup';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const [file] = positionals;

function fail(message: string): never {
  console.error(`Not restored: ${message}`);
  process.exit(1);
}

if (!file) fail('usage: npm run restore -- <file>');
let backup: unknown;
try {
  backup = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  fail(`cannot read ${file} as JSON: ${(error as Error).message}`);
}

const db = getDb();
try {
  const started = performance.now();
  const { counts, withPasswordHashes } = await restoreSite(db, backup);
  console.log(`Restored ${counts.Topic} topics, ${counts.Revision} revisions and ${counts.User} users in ${Math.round(performance.now() - started)} ms.`);
  if (!withPasswordHashes) {
    console.log('The backup had no password hashes: give each account a new password with `npm run user:password -- --email …`.');
  }
} catch (error) {
  if (error instanceof BackupError) fail(error.message);
  throw error;
} finally {
  await db.$disconnect();
}
