import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { importTopic, saveTopic, seedCrashWrites } from '@/lib/testing/crash-writes';
import { completeImport, expectConsistent, importedRows, noImport, savedState } from '@/lib/testing/expect-consistent';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { runPrisma } from './prisma-run.mjs';

// The embedded database on storage it cannot use, as `npm start` opens it. Each fault is real:
// - a folder this user may not write: we run as root here, which writes through any mode, so
//   the child runs as the unprivileged user nobody (setpriv); as another user, chmod suffices;
// - a read-only file system: a read-only bind mount, made in a private user+mount namespace;
// - a full disk: a 256 MB tmpfs in such a namespace, filled with fallocate. Nothing is mounted
//   outside the namespace, and it vanishes with its last process.

const root = fileURLToPath(new URL('../../', import.meta.url));
const isRoot = process.getuid?.() === 0;
const MB = 2 ** 20;

type Run = { code: number | null; stdout: string; stderr: string };

function run(command: readonly string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(command[0]!, command.slice(1), { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `npm start` with the embedded database in `dataDir` (it stops before the web server when refused). */
const npmStart = [process.execPath, join(root, 'lib/cli/start.mjs')];
const npmStartEnv = (dataDir: string) => ({ DATABASE_URL: '', EMBEDDED_DATA_DIR: dataDir, PORT: '3999' });

/** A refusal as the user sees it: one paragraph naming the folder, exit status 1, no stack trace. */
function expectRefusal(result: Run, dataDir: string, ...mentions: (string | RegExp)[]) {
  expect(result.code, result.stdout + result.stderr).toBe(1);
  const message = result.stderr.trim();
  expect(message).not.toMatch(/\n|^\s+at /m);
  expect(message).toContain(dataDir);
  for (const mention of mentions) expect(message).toMatch(mention);
  expect(result.stdout).not.toContain('Applying migrations');
}

/** Every file in the folder with its size and modification time: a refused start changes none. */
function manifest(dir: string) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((path) => {
      const stat = statSync(join(dir, path));
      return `${path} ${stat.size} ${stat.mtimeMs}`;
    });
}

async function firstLine(stream: Readable): Promise<string | undefined> {
  for await (const line of createInterface({ input: stream })) return line;
  return undefined;
}

async function withClient<T>(url: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) }) as unknown as Database;
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

describe('an embedded data folder this user cannot write', () => {
  let base = '';
  let dataDir = '';
  afterAll(() => base && rmSync(base, { recursive: true, force: true }));

  beforeAll(async () => {
    // A real folder with data in it, written by its owner.
    base = mkdtempSync(join(tmpdir(), 'topicdesk-readonly-'));
    dataDir = join(base, 'pglite');
    const owner = await startEmbeddedPostgres({ dataDir });
    await withClient(owner.url, async (db) => {
      await db.$executeRawUnsafe('CREATE TABLE kept (v text)');
      await db.$executeRawUnsafe("INSERT INTO kept VALUES ('written before')");
    });
    await owner.stop();
  });

  // Root may write anything, so the refused user is nobody; another user refuses itself.
  const unprivileged = (command: readonly string[]) => (isRoot ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', ...command] : [...command]);

  it('is refused up front by npm start, naming the folder and the fix, and left as it was', { timeout: 60_000 }, async () => {
    const before = manifest(dataDir);
    const env = npmStartEnv(dataDir);
    const user = isRoot ? 'nobody' : userInfo().username;

    // The folder holding it refuses new files (the lock file goes there).
    chmodSync(base, 0o555);
    expectRefusal(run(unprivileged(npmStart), env), dataDir, `cannot write ${base} (EACCES)`, `chown -R ${user} ${base}`, /EMBEDDED_DATA_DIR/, /DATABASE_URL/);

    // The folder takes new files but some inside it do not (copied in by another user, say).
    chmodSync(base, 0o777);
    chmodSync(dataDir, 0o777);
    chmodSync(join(dataDir, 'base'), 0o555);
    const inside = new RegExp(`cannot write ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\S+ \\(EACCES\\)`);
    expectRefusal(run(unprivileged(npmStart), env), dataDir, inside, `chown -R ${user} ${dataDir}`);

    // A folder still to be created, where this user may not create it.
    chmodSync(base, 0o555);
    const missing = join(base, 'new', 'pglite');
    expectRefusal(run(unprivileged(npmStart), npmStartEnv(missing)), missing, `cannot write ${base} (EACCES)`);

    // Nothing in the folder changed, and no lock was left behind.
    chmodSync(base, 0o755);
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'base'), 0o755);
    expect(manifest(dataDir)).toEqual(before);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('is refused up front on a read-only file system, even for root', { timeout: 60_000 }, async () => {
    const readOnlyMount = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"';
    const result = run(['unshare', '--user', '--map-root-user', '--mount', 'sh', '-c', readOnlyMount, base, ...npmStart], npmStartEnv(dataDir));
    expectRefusal(result, dataDir, `${base} is on a read-only file system`, /EMBEDDED_DATA_DIR/);
    // Its owner still opens it, with its data.
    const owner = await startEmbeddedPostgres({ dataDir });
    try {
      await withClient(owner.url, async (db) => expect(await db.$queryRawUnsafe('SELECT v FROM kept')).toEqual([{ v: 'written before' }]));
    } finally {
      await owner.stop();
    }
  });
});

/**
 * A private tmpfs of `size` bytes at `mountPoint`, alive while `sleep` runs in its namespace;
 * commands enter it with nsenter.
 */
async function privateTmpfs(mountPoint: string, size: number) {
  const holder = spawn(
    'unshare',
    ['--user', '--map-root-user', '--mount', 'sh', '-c', `mount -t tmpfs -o size=${size} topicdesk-test "$0" && echo mounted && exec sleep 3600`, mountPoint],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  expect(await firstLine(holder.stdout), 'mount a tmpfs in a private namespace (unshare --user --mount)').toBe('mounted');
  const inside = (command: readonly string[]) => ['nsenter', `--target=${holder.pid}`, '--user', '--mount', '--preserve-credentials', '--', ...command];
  return {
    inside,
    /** Fills the disk until `bytes` are left free (0: none at all). */
    leave(bytes: number) {
      const script = 'rm -f "$0/filler"; n=$(( $(df -B1 --output=avail "$0" | tail -1) - $1 )); [ "$n" -le 0 ] || fallocate -l "$n" "$0/filler"';
      expect(run(inside(['sh', '-c', script, mountPoint, String(bytes)])).code).toBe(0);
    },
    free() {
      expect(run(inside(['rm', '-f', `${mountPoint}/filler`])).code).toBe(0);
    },
    stop: () => holder.kill('SIGKILL'),
  };
}

const servers = new Set<ChildProcess>();
afterAll(() => servers.forEach((server) => server.kill('SIGKILL'))); // any a failed test left running

/** The database half of `npm start`, in the namespace: lib/testing/embedded-database-process.mjs. */
async function serveFolder(inside: (command: readonly string[]) => string[], dataDir: string, minFreeBytes?: number) {
  const script = join(root, 'lib/testing/embedded-database-process.mjs');
  const [command, ...args] = inside([process.execPath, script, dataDir, ...(minFreeBytes === undefined ? [] : [String(minFreeBytes)])]);
  const child: ChildProcess = spawn(command!, args, { cwd: root, env: { ...process.env, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  servers.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const line = await firstLine(child.stdout!);
  expect(line, stderr).toBeDefined();
  const { url } = JSON.parse(line!) as { url: string };
  const stop = () => {
    child.kill('SIGTERM');
    return exit;
  };
  return { url, exit, stderr: () => stderr, stop };
}

const readOnly = async (db: Database) => (await db.$queryRaw<[{ default_transaction_read_only: string }]>`SHOW default_transaction_read_only`)[0].default_transaction_read_only;

describe('the disk under the embedded database filling up', () => {
  let mountPoint = '';
  let tmpfs: Awaited<ReturnType<typeof privateTmpfs>>;
  beforeAll(async () => {
    mountPoint = mkdtempSync(join(tmpdir(), 'topicdesk-full-'));
    tmpfs = await privateTmpfs(mountPoint, 256 * MB);
  });
  afterAll(() => {
    tmpfs?.stop();
    if (mountPoint) rmSync(mountPoint, { recursive: true, force: true });
  });

  it('refuses writes with a clear error while nearly full, and takes them again once space is freed', { timeout: 120_000 }, async () => {
    const dataDir = join(mountPoint, 'watched', 'pglite');
    const server = await serveFolder(tmpfs.inside, dataDir);
    expect(await runPrisma(['migrate', 'deploy'], { DATABASE_URL: server.url }, { quiet: true })).toBe(0);
    await withClient(server.url, async (db) => {
      const authorId = await seedCrashWrites(db);
      await importTopic(db, 1, 'kept', 20);
      const saved = await saveTopic(db, authorId, 1, 'kept');
      expect(saved.status).toBe('saved');

      // Less than the 64 MB the database keeps in reserve: within a second it refuses writes.
      tmpfs.leave(32 * MB);
      await expect.poll(() => readOnly(db), { timeout: 5_000 }).toBe('on');
      const refused = await saveTopic(db, authorId, 2, 'killed').catch((error: unknown) => error);
      expect(String(refused)).toMatch(/No room to write: the disk holding the embedded database folder .* has less than 64 MB free/);
      expect(String(await importTopic(db, 2, 'killed', 20).catch((error: unknown) => error))).toMatch(/No room to write/);
      expect(await importedRows(db, 2, 'killed')).toEqual(noImport);
      expect((await savedState(db)).version).toBe((saved as { version: number }).version); // and reads go on
      expect(server.stderr()).toMatch(/is nearly full: the embedded database refuses changes/);

      // Space freed: writes are taken again, without a restart.
      tmpfs.free();
      await expect.poll(() => readOnly(db), { timeout: 5_000 }).toBe('off');
      expect(await saveTopic(db, authorId, 3, 'kept')).toMatchObject({ status: 'saved' });
    });
    expect(await server.stop()).toBe(0);

    const reopened = await serveFolder(tmpfs.inside, dataDir);
    await withClient(reopened.url, async (db) => {
      await expectConsistent(db);
      expect(await importedRows(db, 1, 'kept')).toEqual(completeImport(20));
      expect((await savedState(db)).version).toBe(3);
    });
    expect(await reopened.stop()).toBe(0);
  });

  it('stops with a message instead of hanging when the disk fills at once, and reopens with every commit', { timeout: 120_000 }, async () => {
    // With the watchdog off (minimum 0), nothing stands between PGlite and a full disk: this is
    // a disk filled by something else between two of the watchdog's looks.
    const dataDir = join(mountPoint, 'sudden', 'pglite');
    const server = await serveFolder(tmpfs.inside, dataDir, 0);
    expect(await runPrisma(['migrate', 'deploy'], { DATABASE_URL: server.url }, { quiet: true })).toBe(0);
    await withClient(server.url, async (db) => {
      const authorId = await seedCrashWrites(db);
      await importTopic(db, 1, 'kept', 20);
      expect(await saveTopic(db, authorId, 1, 'kept')).toMatchObject({ status: 'saved', version: 2 });

      // The next write needs a new 16 MB log file, and there is no room for it.
      tmpfs.leave(0);
      await db.$queryRaw`SELECT pg_switch_wal()::text`;
      const refused = await saveTopic(db, authorId, 2, 'killed').catch((error: unknown) => error);
      expect(String(refused)).toMatch(/pg_wal.*No space left on device/);
    });
    // The database process stops on its own, saying why, with a failing status.
    expect(await Promise.race([server.exit, new Promise((resolve) => setTimeout(() => resolve('still running'), 15_000))])).toBe(1);
    expect(server.stderr()).toContain(`The embedded database in ${dataDir} stopped: PostgreSQL reported "could not write to file`);
    expect(server.stderr()).toMatch(/Free some space on its disk, then start again/);

    // A restart on the full disk is refused up front, without touching the folder.
    expectRefusal(run(tmpfs.inside(npmStart), npmStartEnv(dataDir)), dataDir, /has 0 MB free; the database needs at least 64 MB free to start/);

    // Space freed: the folder reopens with everything committed before the failure.
    tmpfs.free();
    const reopened = await serveFolder(tmpfs.inside, dataDir);
    await withClient(reopened.url, async (db) => {
      expect(await runPrisma(['migrate', 'deploy'], { DATABASE_URL: reopened.url }, { quiet: true })).toBe(0);
      await expectConsistent(db);
      expect(await importedRows(db, 1, 'kept')).toEqual(completeImport(20));
      expect(await savedState(db)).toMatchObject({ version: 2, statement: 'Round 1: kept' });
      expect(await saveTopic(db, await seedCrashWrites(db), 3, 'kept')).toMatchObject({ status: 'saved', version: 3 });
    });
    expect(await reopened.stop()).toBe(0);
  });
});
