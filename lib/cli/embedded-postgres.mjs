// The embedded default database: PGlite (PostgreSQL compiled to WebAssembly) persisted in a
// data folder and served on a loopback port through @electric-sql/pglite-socket, so that the
// app, Prisma's CLI and our own command-line tools all talk to it like any PostgreSQL server.
//
// One process opens the folder; others find it through a state file and connect to its port.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export const defaultDataDir = () => resolve(projectRoot, process.env.EMBEDDED_DATA_DIR ?? '.data/pglite');

const lockPath = (dataDir) => `${dataDir}.lock`;

export class EmbeddedDatabaseBusy extends Error {
  constructor(dataDir, owner) {
    super(
      `The embedded database in ${dataDir} is open in another process (pid ${owner.pid}` +
        `${owner.port ? `, serving 127.0.0.1:${owner.port}` : ''}). ` +
        'Stop that process (is `npm start` already running?), or set DATABASE_URL to use a PostgreSQL server.',
    );
    this.name = 'EmbeddedDatabaseBusy';
    this.owner = owner;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The process currently serving the data folder, if any: { pid, port, url }. */
export function findRunningServer(dataDir = defaultDataDir()) {
  try {
    const owner = JSON.parse(readFileSync(lockPath(dataDir), 'utf8'));
    return isAlive(owner.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

// An exclusive lock file next to the folder. PGlite itself does not lock its files, and two
// processes writing one folder would corrupt it.
function acquireLock(dataDir) {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockPath(dataDir), 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid }));
      closeSync(fd);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const owner = findRunningServer(dataDir);
      if (owner) throw new EmbeddedDatabaseBusy(dataDir, owner);
      rmSync(lockPath(dataDir), { force: true }); // left by a process that died
    }
  }
  throw new EmbeddedDatabaseBusy(dataDir, { pid: 'unknown' });
}

/**
 * Opens the data folder (creating it on first use) and serves it on 127.0.0.1.
 * `dataDir: null` keeps the database in memory (used by the test suite).
 * @param {{ dataDir?: string | null; port?: number; maxConnections?: number }} [options]
 */
export async function startEmbeddedPostgres({ dataDir = defaultDataDir(), port = 0, maxConnections = 16 } = {}) {
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    acquireLock(dataDir);
  }
  let db;
  let server;
  try {
    db = await PGlite.create(dataDir ? join(dataDir) : undefined, { extensions: { pg_trgm } });
    server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections });
    await server.start();
  } catch (error) {
    await db?.close().catch(() => {});
    if (dataDir) rmSync(lockPath(dataDir), { force: true });
    throw error;
  }
  const actualPort = Number(server.getServerConn().split(':').pop());
  const url = `postgresql://postgres:postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`;
  if (dataDir) writeFileSync(lockPath(dataDir), JSON.stringify({ pid: process.pid, port: actualPort, url }));

  let stopped;
  const stop = () =>
    (stopped ??= (async () => {
      await server.stop().catch(() => {});
      await db.close().catch(() => {});
      if (dataDir) rmSync(lockPath(dataDir), { force: true });
    })());
  return { url, port: actualPort, dataDir, stop };
}
