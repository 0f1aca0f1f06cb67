// The embedded default database: PGlite (PostgreSQL compiled to WebAssembly) persisted in a
// data folder and served on a loopback port through @electric-sql/pglite-socket, so that the
// app, Prisma's CLI and our own command-line tools all talk to it like any PostgreSQL server.
//
// One process opens the folder; others find it through a state file and connect to its port.
//
// Storage faults (lib/cli/embedded-storage.integration.test.ts shows each one):
// - a folder this user cannot write, or a disk without room, is refused before PGlite opens it
//   (PGlite itself only says "PGlite failed to initialize properly");
// - while running, a watchdog refuses writes when the disk runs low and accepts them again once
//   space is freed, so a save gets an error instead of the database breaking;
// - if PostgreSQL still hits a failure it cannot continue from (a PANIC), the process stops
//   with a message instead of hanging, and the next start recovers the folder from its log.
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { statfs } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { relayNotifications } from './embedded-notifications.mjs';

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

/** The data folder or its disk cannot be used; the message names the folder and the fix. */
export class EmbeddedStorageError extends Error {
  name = 'EmbeddedStorageError';
}

// PostgreSQL writes its log in 16 MB files and needs room for a whole new one every 16 MB of
// changes; PGlite breaks for good when it cannot create one (see guardStorage). Below this much
// free space the database does not start, and a running one refuses writes.
const MIN_FREE_BYTES = 64 * 1024 * 1024;
const WATCH_INTERVAL_MS = 1_000;

const megabytes = (bytes) => Math.floor(bytes / 2 ** 20);

async function freeBytes(dir) {
  const { bavail, bsize } = await statfs(dir);
  return bavail * bsize;
}

function currentUser() {
  try {
    return userInfo().username;
  } catch {
    return `uid ${process.getuid?.()}`;
  }
}

// Creates and removes a file: the only check that sees read-only mounts, permissions and a
// full disk alike (root passes access(2) on any mode).
function probeWrite(dir) {
  const probe = join(dir, `.write-check-${process.pid}`);
  const fd = openSync(probe, 'wx');
  try {
    writeSync(fd, 'ok');
  } finally {
    closeSync(fd);
    rmSync(probe, { force: true });
  }
}

function nearestExisting(path) {
  return existsSync(path) || dirname(path) === path ? path : nearestExisting(dirname(path));
}

/** The first place in or next to the folder this process cannot write: { path, error }. */
function findUnwritable(dataDir) {
  // The lock file is written next to the folder, so its parent must take new files too.
  for (const dir of [dirname(dataDir), dataDir]) {
    try {
      probeWrite(dir);
    } catch (error) {
      return { path: dir, error };
    }
  }
  // PGlite rewrites files it did not create (a folder copied by another user, say).
  for (const entry of readdirSync(dataDir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    try {
      accessSync(path, constants.R_OK | constants.W_OK);
    } catch (error) {
      return { path, error };
    }
  }
  return undefined;
}

function unwritableMessage(dataDir, { path, error }) {
  const user = currentUser();
  if (error.code === 'EROFS') {
    return (
      `The embedded database folder ${dataDir} cannot be used: ${path} is on a read-only file system. ` +
      'Point EMBEDDED_DATA_DIR at a folder on a writable disk, or set DATABASE_URL to use a PostgreSQL server.'
    );
  }
  // A file inside is fixed with the whole folder; a folder that refuses new files, by itself.
  const target = path.startsWith(`${dataDir}/`) ? dataDir : path;
  return (
    `The embedded database folder ${dataDir} cannot be used: user ${user} cannot write ${path} (${error.code}). ` +
    'The database writes every file in the folder and creates files next to it. ' +
    `Give ${user} write access to ${target} (for example: chown -R ${user} ${target}), ` +
    'point EMBEDDED_DATA_DIR at a writable folder, or set DATABASE_URL to use a PostgreSQL server.'
  );
}

function noRoomMessage(dataDir, free, minFreeBytes, error) {
  const room = error ? `refuses new data (${error.code})` : `has ${megabytes(free)} MB free`;
  return (
    `The disk holding the embedded database folder ${dataDir} ${room}; the database needs at least ` +
    `${megabytes(minFreeBytes)} MB free to start (PostgreSQL writes its log in 16 MB files). ` +
    'Free some space on that disk, or point EMBEDDED_DATA_DIR at a folder on a disk with room, then start again.'
  );
}

const CANNOT_WRITE = new Set(['EACCES', 'EPERM', 'EROFS']);
const NO_ROOM = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/**
 * Refuses, before PGlite touches it, a data folder this process could not write or a disk
 * without room, with an EmbeddedStorageError naming the folder and the fix.
 */
async function checkDataDir(dataDir, { minFreeBytes = MIN_FREE_BYTES } = {}) {
  let problem;
  try {
    mkdirSync(dataDir, { recursive: true });
    problem = findUnwritable(dataDir);
  } catch (error) {
    problem = { path: nearestExisting(dataDir), error }; // where the folder could not be created
  }
  if (problem && CANNOT_WRITE.has(problem.error.code)) throw new EmbeddedStorageError(unwritableMessage(dataDir, problem));
  if (problem && !NO_ROOM.has(problem.error.code)) throw problem.error;
  const free = await freeBytes(dataDir);
  if (problem || free < minFreeBytes) throw new EmbeddedStorageError(noRoomMessage(dataDir, free, minFreeBytes, problem?.error));
}

// --- The PostgreSQL wire protocol, as far as the storage guard needs it -------------------

const ERROR_RESPONSE = 0x45; // 'E'

/** The fields of an ErrorResponse message: { S: severity, V, C: SQLSTATE, M: message, ... }. */
function errorFields(message) {
  const fields = {};
  let at = 5;
  while (at < message.length && message[at] !== 0) {
    const end = message.indexOf(0, at + 1);
    fields[String.fromCharCode(message[at])] = message.toString('utf8', at + 1, end);
    at = end + 1;
  }
  return fields;
}

function errorResponse(fields) {
  const body = Buffer.concat([...Object.entries(fields).map(([type, value]) => Buffer.from(`${type}${value}\0`)), Buffer.from([0])]);
  const header = Buffer.alloc(5);
  header[0] = ERROR_RESPONSE;
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}

function simpleQuery(sql) {
  const text = Buffer.from(`${sql}\0`);
  const header = Buffer.alloc(5);
  header[0] = 0x51; // 'Q'
  header.writeInt32BE(4 + text.length, 1);
  return Buffer.concat([header, text]);
}

/**
 * Wraps a sink of PGlite's output so that every ErrorResponse passes through `onError(fields)`,
 * which returns the fields to send instead (or the same ones). Other messages stream through
 * untouched; PGlite's chunks need not end on message boundaries, so this keeps its place.
 */
function filterErrors(forward, onError) {
  let held = Buffer.alloc(0); // the start of a message whose length is not known yet, or an ErrorResponse
  let passing = 0; // bytes of the current non-error message still to pass through
  return (chunk) => {
    let data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    while (data.length > 0) {
      if (passing > 0) {
        const part = data.subarray(0, passing);
        forward(part);
        passing -= part.length;
        data = data.subarray(part.length);
        continue;
      }
      data = held.length ? Buffer.concat([held, data]) : data;
      held = Buffer.alloc(0);
      const size = data.length >= 5 ? 1 + data.readInt32BE(1) : Infinity;
      if (data.length >= 5 && data[0] !== ERROR_RESPONSE) {
        passing = size;
        continue;
      }
      if (data.length < size) {
        held = Buffer.from(data); // a copy: PGlite reuses the memory behind its chunks
        break;
      }
      const fields = errorFields(data.subarray(0, size));
      const replaced = onError(fields);
      forward(replaced === fields ? data.subarray(0, size) : errorResponse(replaced));
      data = data.subarray(size);
    }
  };
}

// --- The running database ------------------------------------------------------------------

/**
 * Watches PGlite's answers and the disk while it serves clients.
 *
 * Low disk: PGlite answers a failed write of a table file with an ordinary error and carries
 * on, but when it cannot create the next 16 MB log file it sends a PANIC and is broken from
 * then on: the next statement spins forever inside WebAssembly, blocking this process. So below
 * `minFreeBytes` the session is switched to read-only (every client shares PGlite's one session)
 * and the refusals are reworded to say why; above it, writes are accepted again.
 *
 * A PANIC anyway (say the disk filled faster than the watchdog looks): nothing more is
 * sent to the instance, not even the ROLLBACK or shutdown a close would run, the clients are
 * disconnected and `onFatal` is called. The folder is left as a crash would leave it, and the
 * next start recovers it from its log like PostgreSQL does.
 */
function guardStorage(db, { dataDir, minFreeBytes, onFatal }) {
  const state = { lowSpace: false, failure: undefined };

  const refusal = () =>
    `No room to write: the disk holding the embedded database folder ${dataDir} has less than ` +
    `${megabytes(minFreeBytes)} MB free, so changes are refused until space is freed (reading still works).`;

  const onError = (fields) => {
    if ((fields.V ?? fields.S) === 'PANIC') state.failure ??= fields;
    if (state.lowSpace && fields.C === '25006') return { S: 'ERROR', V: 'ERROR', C: '53100', M: refusal() };
    return fields;
  };

  const fail = () => {
    const refuse = async () => {
      throw new EmbeddedStorageError(`The embedded database in ${dataDir} stopped after a storage failure.`);
    };
    for (const method of ['exec', 'query', 'transaction', 'execProtocol', 'execProtocolRaw', 'execProtocolRawStream', 'execProtocolStream']) {
      db[method] = refuse;
    }
    db.isInTransaction = () => false; // else the socket server would send ROLLBACK for a departing client
    db.close = async () => {};
    const { M: reason, C: code } = state.failure;
    const fix = code === '53100' ? 'Free some space on its disk, then start again' : 'Start again';
    onFatal(
      new EmbeddedStorageError(
        `The embedded database in ${dataDir} stopped: PostgreSQL reported "${reason}" and cannot go on. ` +
          `${fix}: the folder is then recovered from its log, keeping everything committed before the failure.`,
      ),
    );
  };

  const execProtocolRawStream = db.execProtocolRawStream.bind(db);
  db.execProtocolRawStream = async (message, options) => {
    const onRawData = options?.onRawData && filterErrors(options.onRawData, onError);
    await execProtocolRawStream(message, { ...options, onRawData });
    if (state.failure) fail();
  };

  // Switched only between transactions: a SET inside one would belong to that client's
  // transaction and be undone with it.
  const setLowSpace = (lowSpace) =>
    db.runExclusive(async () => {
      if (db.isInTransaction() || state.failure) return;
      await db.execProtocolRaw(simpleQuery(`SET default_transaction_read_only = ${lowSpace ? 'on' : 'off'}`));
      state.lowSpace = lowSpace;
      console.error(
        lowSpace
          ? `\nThe disk holding ${dataDir} is nearly full: the embedded database refuses changes until it has ` +
              `${megabytes(minFreeBytes)} MB free again (reading still works).\n`
          : `\nThe disk holding ${dataDir} has room again: the embedded database accepts changes.\n`,
      );
    });

  let checking = false;
  const watch = async () => {
    if (checking || state.failure) return;
    checking = true;
    try {
      const lowSpace = (await freeBytes(dataDir)) < minFreeBytes;
      if (lowSpace !== state.lowSpace) await setLowSpace(lowSpace);
    } catch (error) {
      console.error(`Could not check the free space for ${dataDir}: ${error.message}`);
    } finally {
      checking = false;
    }
  };
  const timer = minFreeBytes > 0 ? setInterval(watch, WATCH_INTERVAL_MS).unref() : undefined;
  return { stop: () => clearInterval(timer) };
}

/**
 * What a broken embedded database does to its process by default: say why, and stop the way a
 * supervisor or Ctrl+C would (serve.mjs then stops the web server too), with a failing status.
 */
function stopProcess(error) {
  process.stderr.write(`\n${error.message}\n\n`);
  process.once('exit', () => {
    process.exitCode = 1;
  });
  process.kill(process.pid, 'SIGTERM');
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
 * `dataDir: null` keeps the database in memory (used by the test suite). Below `minFreeBytes`
 * free on its disk a folder is not opened and a running database refuses writes (0: no check).
 * `onFatal(error)` is called if the database breaks while serving; by default it stops the process.
 * `loadDataDir` starts an in-memory database from a copy made with `dump()` (the test suites
 * give each test file its own database that way).
 * @param {{ dataDir?: string | null; loadDataDir?: Blob; port?: number; maxConnections?: number; minFreeBytes?: number; onFatal?: (error: Error) => void }} [options]
 */
export async function startEmbeddedPostgres({
  dataDir = defaultDataDir(),
  loadDataDir,
  port = 0,
  maxConnections = 16,
  minFreeBytes = MIN_FREE_BYTES,
  onFatal = stopProcess,
} = {}) {
  if (dataDir) {
    await checkDataDir(dataDir, { minFreeBytes });
    acquireLock(dataDir);
  }
  let db;
  let server;
  let guard;
  try {
    db = await PGlite.create(dataDir ? join(dataDir) : undefined, { extensions: { pg_trgm }, ...(loadDataDir ? { loadDataDir } : {}) });
    server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections });
    relayNotifications(db, server);
    guard = guardStorage(db, {
      dataDir: dataDir ?? 'memory',
      minFreeBytes: dataDir ? minFreeBytes : 0,
      onFatal: (error) => {
        server.stop().catch(() => {}); // disconnect the clients now, rather than leave them waiting
        onFatal(error);
      },
    });
    await server.start();
  } catch (error) {
    guard?.stop();
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
      guard.stop();
      await server.stop().catch(() => {});
      await db.close().catch(() => {});
      if (dataDir) rmSync(lockPath(dataDir), { force: true });
    })());
  /** The whole database as a tarball, for `loadDataDir`. */
  const dump = () => db.dumpDataDir('none');
  return { url, port: actualPort, dataDir, stop, dump };
}
