// How every command-line entry point finds its database:
//   DATABASE_URL set          -> that PostgreSQL server (checked, with a clear message if unusable)
//   an embedded server is up  -> its port (so tools work while `npm start` is running)
//   otherwise                 -> open the embedded data folder for the duration of the command
import pg from 'pg';
import { EmbeddedDatabaseBusy, EmbeddedStorageError, findRunningServer, startEmbeddedPostgres } from './embedded-postgres.mjs';

export class DatabaseConfigError extends Error {
  name = 'DatabaseConfigError';
}

/** Throws a DatabaseConfigError naming the fix when the URL is malformed. */
export function parseDatabaseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseConfigError(
      'DATABASE_URL is not a valid URL. Expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE ' +
        '(or unset it to use the embedded database).',
    );
  }
  if (!['postgres:', 'postgresql:'].includes(parsed.protocol)) {
    throw new DatabaseConfigError(
      `DATABASE_URL must start with postgresql:// (it starts with ${parsed.protocol}//). ` +
        'Topic Desk runs on PostgreSQL; unset DATABASE_URL to use the embedded database.',
    );
  }
  return parsed;
}

function redact(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Connects once; throws a DatabaseConfigError naming the fix when the server cannot be used. */
export async function checkDatabaseReachable(url) {
  parseDatabaseUrl(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const where = redact(url);
    const hints = {
      ECONNREFUSED: 'nothing is listening there. Is PostgreSQL running?',
      ENOTFOUND: 'that host name does not resolve.',
      '3D000': 'that database does not exist. Create it (createdb) or fix the name.',
      '28P01': 'the password was refused.',
      '28000': 'that role may not connect.',
    };
    const hint = hints[error.code] ?? error.message;
    throw new DatabaseConfigError(`Cannot use the database at ${where}: ${hint}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Resolves the database for one command and runs `work(url)`. An embedded database opened
 * here is closed afterwards. `checkConfigured: false` leaves a configured server's problems
 * to the command itself (Prisma's `migrate dev` creates a missing database).
 */
export async function withDatabaseUrl(work, { checkConfigured = true } = {}) {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    if (checkConfigured) await checkDatabaseReachable(configured);
    else parseDatabaseUrl(configured);
    return work(configured);
  }
  const running = findRunningServer();
  if (running?.url) return work(running.url);
  const embedded = await startEmbeddedPostgres();
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}

/** Prints a configuration problem without a stack trace and exits. */
export function exitOnConfigError(error) {
  if (error instanceof DatabaseConfigError || error instanceof EmbeddedDatabaseBusy || error instanceof EmbeddedStorageError) {
    process.stderr.write(`\n${error.message}\n\n`);
    process.exit(1);
  }
  throw error;
}
