// Each integration test file gets a database of its own, made in milliseconds from one
// template: migrated and holding the demo content, so a file never sees what another wrote and
// a failure cannot cascade into the files after it.
//   DATABASE_URL set   -> a template database on that server; each file's database is
//                         CREATE DATABASE … TEMPLATE (a file copy in the server)
//   DATABASE_URL unset -> an embedded database dumped to a file; each file's database is an
//                         in-memory embedded database loaded from it
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../cli/embedded-postgres.mjs';
import { prepareTestDatabase } from './test-database.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** @typedef {{ kind: 'server'; serverUrl: string; templateUrl: string; template: string } | { kind: 'embedded'; dumpFile: string }} Template */

/**
 * Writes the demo content with the seed script, in a child process. Asynchronously: the
 * embedded database is served from this very process, which must keep answering the child
 * (spawnSync would freeze it, and the seed's connections time out).
 */
function writeDemoContent(url) {
  return new Promise((resolve, reject) => {
    const seed = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'prisma/seed.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: '2', NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    seed.stdout.on('data', (chunk) => (output += chunk));
    seed.stderr.on('data', (chunk) => (output += chunk));
    seed.on('error', reject);
    seed.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Writing the demo content into the test template failed:\n${output}`))));
  });
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

/**
 * The template for a test run's files, and the function that removes it.
 * @returns {Promise<{ template: Template; dispose: () => Promise<void> }>}
 */
export async function prepareDatabaseTemplate(serverUrl = process.env.DATABASE_URL) {
  const database = await prepareTestDatabase('integration', { serverUrl });
  try {
    await writeDemoContent(database.url);
  } catch (error) {
    await database.dispose();
    throw error;
  }
  if (!database.embedded) {
    const template = decodeURIComponent(new URL(database.url).pathname.slice(1));
    return { template: { kind: 'server', serverUrl: serverUrl ?? '', templateUrl: database.url, template }, dispose: database.dispose };
  }
  // The embedded template lives in this process only until it is dumped.
  const dumpDir = mkdtempSync(join(tmpdir(), 'topic-desk-template-'));
  const dumpFile = join(dumpDir, 'template.tar');
  writeFileSync(dumpFile, Buffer.from(await (await database.dump()).arrayBuffer()));
  await database.dispose();
  return { template: { kind: 'embedded', dumpFile }, dispose: async () => rmSync(dumpDir, { recursive: true, force: true }) };
}

/**
 * A database for one test file, copied from the template.
 * @param {Template} template
 * @returns {Promise<{ url: string; dispose: () => Promise<void> }>}
 */
export async function databaseFromTemplate(template) {
  if (template.kind === 'server') {
    const name = `${template.template}_${process.pid}_${randomBytes(3).toString('hex')}`.slice(0, 63);
    await onMaintenanceDatabase(template.serverUrl || template.templateUrl, [`CREATE DATABASE "${name}" TEMPLATE "${template.template}"`]);
    const url = new URL(template.templateUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      dispose: () => onMaintenanceDatabase(template.serverUrl || template.templateUrl, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]),
    };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: null, loadDataDir: new Blob([readFileSync(template.dumpFile)]) });
  return { url: embedded.url, dispose: embedded.stop };
}
