import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { blockId, saveTopic, seedCrashWrites, statementText, type KilledWriterPlan } from '@/lib/testing/crash-writes';
import { completeImport, expectConsistent, importedRows, noImport, savedState } from '@/lib/testing/expect-consistent';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { runPrisma } from './prisma-run.mjs';

// SIGKILL in the middle of a save and of an import, on the embedded database as `npm start`
// runs it (a data folder, PGlite inside the process). Each write is one transaction, so after
// the kill the folder reopens and holds every write that committed and nothing of the one that
// did not. The writer stops inside its transaction at a chosen statement (deterministic), or is
// killed after a random delay. Then the same with only the app killed while the database
// process serves on. This file always uses its own folder, whatever database the run uses.

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = join(mkdtempSync(join(tmpdir(), 'topicdesk-crash-')), 'pglite');
const QUOTES = 60; // an import of about 500 statements; a save is about 50

const writers = new Set<ChildProcess>();
afterAll(() => {
  writers.forEach((writer) => writer.kill('SIGKILL')); // any a failed round left running
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

type Event =
  | { event: 'committed'; kind: 'import'; slug: string; statements: number; ms: number }
  | { event: 'committed'; kind: 'save'; version: number; revision: number; statements: number; ms: number }
  | { event: 'inside'; kind: 'save' | 'import'; statement: number; sql: string }
  | { event: 'done'; kind: 'save' | 'import' };

let seed = 20_251_129;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

/**
 * Runs lib/testing/killed-writer.ts and SIGKILLs it inside its doomed transaction: as soon as it
 * stops there, or (pauseAt 'none') after a random part of the time its committed twin took.
 */
async function runAndKill(plan: KilledWriterPlan) {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/testing/killed-writer.ts', JSON.stringify(plan)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  writers.add(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  const events: Event[] = [];
  let killDelay = 0;
  for await (const line of createInterface({ input: child.stdout })) {
    const event = JSON.parse(line) as Event;
    events.push(event);
    if (event.event === 'committed' && event.kind === plan.kill) killDelay = Math.floor(random() * event.ms);
    if (event.event === 'inside' && plan.pauseAt !== 'none') child.kill('SIGKILL');
    if (event.event === 'inside' && plan.pauseAt === 'none') setTimeout(() => child.kill('SIGKILL'), killDelay);
    if (event.event === 'done') child.kill('SIGKILL');
  }
  const ending = await exited;
  expect(ending, `the writer was not killed; its errors:\n${stderr}`).toBe('SIGKILL');
  const committed = (kind: 'import' | 'save') => events.find((e) => e.event === 'committed' && e.kind === kind);
  return {
    events,
    keptSave: committed('save') as Extract<Event, { kind: 'save'; event: 'committed' }>,
    inside: events.find((e) => e.event === 'inside') as Extract<Event, { event: 'inside' }> | undefined,
    finished: events.some((e) => e.event === 'done'),
  };
}

/** Opens the folder the way `npm start` does and hands the app's client to `check`. */
async function reopen<T>(check: (db: Database, url: string) => Promise<T>): Promise<T> {
  const embedded = await startEmbeddedPostgres({ dataDir });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: embedded.url, max: 2 }) }) as unknown as Database;
  try {
    return await check(db, embedded.url);
  } finally {
    await db.$disconnect();
    await embedded.stop();
  }
}

describe('the embedded database killed with SIGKILL in the middle of a write', () => {
  it('reopens with every committed write and nothing of the killed one, round after round', { timeout: 240_000 }, async () => {
    const rounds: Omit<KilledWriterPlan, 'dataDir' | 'quotes'>[] = [
      { round: 1, kill: 'save', pauseAt: 0.1 + 0.8 * random() },
      { round: 2, kill: 'import', pauseAt: 0.1 + 0.8 * random() },
      { round: 3, kill: 'save', pauseAt: 'commit' },
      { round: 4, kill: 'import', pauseAt: 'commit' },
      { round: 5, kill: 'import', pauseAt: 'none' },
    ];
    for (const plan of rounds) {
      // Migrating once is enough: the later rounds open a folder that is already up to date.
      const { keptSave, inside, finished } = await runAndKill({ ...plan, dataDir, migrate: plan.round === 1, quotes: QUOTES });
      if (plan.pauseAt !== 'none') expect(inside, `round ${plan.round} stopped inside its transaction`).toMatchObject({ kind: plan.kill });
      await reopen(async (db) => {
        await expectConsistent(db);
        // What committed before the kill is all there.
        expect(await importedRows(db, plan.round, 'kept')).toEqual(completeImport(QUOTES));
        const state = await savedState(db);
        const blocks = (outcome: 'kept' | 'killed') => state.blocks.filter((id) => [0, 1, 2].some((i) => id === blockId(plan.round, outcome, i)));
        expect(blocks('kept')).toHaveLength(3);
        // Of the killed write, nothing; with a random kill, all of it if it finished first.
        const killedImport = await importedRows(db, plan.round, 'killed');
        if (plan.pauseAt === 'none') {
          expect([noImport, completeImport(QUOTES)]).toContainEqual(killedImport);
          if (finished) expect(killedImport).toEqual(completeImport(QUOTES));
        } else if (plan.kill === 'import') {
          expect(killedImport).toEqual(noImport);
        } else {
          expect({ version: state.version, statement: state.statement, killedBlocks: blocks('killed') }).toEqual({
            version: keptSave.version,
            statement: statementText(plan.round, 'kept'),
            killedBlocks: [],
          });
        }
      });
    }

    // And the reopened folder takes new writes, after `npm start`'s migration step.
    await reopen(async (db, url) => {
      expect(await runPrisma(['migrate', 'deploy'], { DATABASE_URL: url }, { quiet: true })).toBe(0);
      const { version } = await savedState(db);
      expect(await saveTopic(db, await seedCrashWrites(db), 99, 'kept')).toMatchObject({ status: 'saved', version: version + 1 });
      await expectConsistent(db);
    });
  });

  it('rolls back the transaction of an app killed while the embedded database serves on', { timeout: 120_000 }, async () => {
    // `npm start` keeps the database in its own process and the web server in another: killing
    // the web server (or an import run from the command line) drops its connection mid-way.
    const embedded = await startEmbeddedPostgres({ dataDir });
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: embedded.url, max: 2 }) }) as unknown as Database;
    try {
      expect(await runPrisma(['migrate', 'deploy'], { DATABASE_URL: embedded.url }, { quiet: true })).toBe(0);
      for (const plan of [
        { round: 11, kill: 'import', pauseAt: 0.1 + 0.8 * random() },
        { round: 12, kill: 'save', pauseAt: 'commit' },
      ] as const) {
        const { keptSave, inside } = await runAndKill({ ...plan, url: embedded.url, quotes: QUOTES });
        expect(inside).toMatchObject({ kind: plan.kill });
        // The server rolls back once it notices the dropped connection; until then others wait.
        await expect.poll(async () => (await savedState(db)).version, { timeout: 10_000 }).toBe(keptSave.version);
        await expectConsistent(db);
        expect(await importedRows(db, plan.round, 'kept')).toEqual(completeImport(QUOTES));
        expect(await importedRows(db, plan.round, 'killed')).toEqual(noImport);
        expect((await savedState(db)).statement).toBe(statementText(plan.round, 'kept'));
      }
    } finally {
      await db.$disconnect();
      await embedded.stop();
    }
  });
});
