// Databases for the test suites, never the one `npm start` uses:
//   DATABASE_URL set   -> a fresh database named <that database>_<purpose> on the same server,
//                         refused unless the server is on this machine
//   DATABASE_URL unset -> an in-memory embedded PostgreSQL served on a free port
import pg from 'pg';
import { startEmbeddedPostgres } from '../cli/embedded-postgres.mjs';
import { runPrisma } from '../cli/prisma-run.mjs';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1', '']);

export function assertLocalDatabase(url) {
  const { hostname } = new URL(url);
  if (!LOCAL_HOSTS.has(hostname)) {
    throw new Error(`Refusing to run tests against ${hostname}: the test suite only resets databases on this machine.`);
  }
}

async function onMaintenanceDatabase(url, statements) {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

async function migrate(url) {
  const code = await runPrisma(['migrate', 'deploy'], { DATABASE_URL: url }, { quiet: true });
  if (code !== 0) throw new Error(`prisma migrate deploy failed on the ${new URL(url).pathname.slice(1)} test database`);
}

/**
 * Creates and migrates a database for one test purpose ("integration", "e2e"), on the server
 * `serverUrl` names, or in memory when it is empty.
 * @param {string} purpose
 * @param {{ serverUrl?: string }} [options]
 */
export async function prepareTestDatabase(purpose, { serverUrl = process.env.DATABASE_URL } = {}) {
  const configured = serverUrl;
  if (!configured) {
    const embedded = await startEmbeddedPostgres({ dataDir: null });
    await migrate(embedded.url);
    return { url: embedded.url, embedded: true, dispose: embedded.stop, dump: embedded.dump };
  }
  assertLocalDatabase(configured);
  const url = new URL(configured);
  const name = `${decodeURIComponent(url.pathname.slice(1)) || 'postgres'}_${purpose}`.replace(/[^a-zA-Z0-9_]/g, '_');
  url.pathname = `/${name}`;
  await onMaintenanceDatabase(configured, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]);
  await migrate(url.toString());
  return {
    url: url.toString(),
    embedded: false,
    dispose: () => onMaintenanceDatabase(configured, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]),
  };
}
