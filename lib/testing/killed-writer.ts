// The process lib/cli/embedded-crash.integration.test.ts kills with SIGKILL. It writes like the
// app does (applySave, writeImportedTopic through the app's PrismaClient), either with the
// embedded database inside it, opened as `npm start` opens it, or against a database another
// process serves. It reports on stdout, one JSON object a line:
//   { event: 'committed', kind, ... }   writes that finished and must survive the kill
//   { event: 'inside', kind, statement, sql }   it stopped inside the doomed write's transaction:
//                                        statements 1..n-1 are done, `sql` was never sent
//   { event: 'done', kind }             the doomed write finished before the kill (random timing)
// Usage: node --conditions=react-server --import tsx lib/testing/killed-writer.ts '<plan as JSON>'
import pg from 'pg';
import { startEmbeddedPostgres } from '@/lib/cli/embedded-postgres.mjs';
import { runPrisma } from '@/lib/cli/prisma-run.mjs';
import { getDb } from '@/lib/db';
import { importTopic, saveTopic, seedCrashWrites, type KilledWriterPlan } from './crash-writes';

const plan = JSON.parse(process.argv[2] ?? '{}') as KilledWriterPlan;
const report = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);

// Every statement the app sends goes through pg's Client#query (Prisma's adapter uses it):
// counting them inside a transaction lets the doomed write stop at a chosen one.
type Query = (this: unknown, ...args: unknown[]) => unknown;
const clientPrototype = pg.Client.prototype as unknown as { query: Query };
const sendQuery = clientPrototype.query;
let transaction: { statements: number; started: number } | null = null;
let last = { statements: 0, ms: 0 }; // the last finished transaction
let doomed: KilledWriterPlan['kill'] | null = null;
let pauseBefore = Infinity;
clientPrototype.query = function (this: unknown, ...args: unknown[]) {
  const config = args[0];
  const sql = typeof config === 'string' ? config : ((config as { text?: string } | undefined)?.text ?? '');
  if (/^BEGIN\b/i.test(sql)) {
    transaction = { statements: 0, started: Date.now() };
    if (doomed && plan.pauseAt === 'none') report({ event: 'inside', kind: doomed, statement: 0, sql });
  } else if (transaction) {
    transaction.statements += 1;
    const ending = /^(COMMIT|ROLLBACK)\b/i.test(sql);
    if (doomed && plan.pauseAt !== 'none' && (transaction.statements === pauseBefore || ending)) {
      report({ event: 'inside', kind: doomed, statement: transaction.statements, sql: sql.slice(0, 80) });
      return new Promise(() => {}); // never sent: the parent kills this process now
    }
    if (ending) {
      last = { statements: transaction.statements, ms: Date.now() - transaction.started };
      transaction = null;
    }
  }
  return sendQuery.apply(this, args);
};

async function openDatabase(): Promise<string> {
  if (plan.url) return plan.url;
  // The same steps as `npm start`: open the folder, apply the migrations.
  const embedded = await startEmbeddedPostgres({ dataDir: plan.dataDir });
  if (plan.migrate && (await runPrisma(['migrate', 'deploy'], { DATABASE_URL: embedded.url }, { quiet: true })) !== 0) {
    throw new Error('migrate deploy failed');
  }
  return embedded.url;
}

process.env.DATABASE_URL = await openDatabase();
process.env.DATABASE_POOL_MAX = '2';
const db = getDb();

const authorId = await seedCrashWrites(db);

// Writes that commit before the kill.
const kept = await importTopic(db, plan.round, 'kept', plan.quotes);
const keptImport = last;
report({ event: 'committed', kind: 'import', slug: kept.slug, ...keptImport });
const saved = await saveTopic(db, authorId, plan.round, 'kept');
if (saved.status !== 'saved') throw new Error(`the kept save was not saved: ${saved.status}`);
const keptSave = last;
report({ event: 'committed', kind: 'save', version: saved.version, revision: saved.revision, ...keptSave });

// The write the parent kills: the same shape as its twin above, so about as many statements.
const twin = plan.kill === 'import' ? keptImport : keptSave;
if (typeof plan.pauseAt === 'number') pauseBefore = Math.max(1, Math.round(plan.pauseAt * twin.statements));
doomed = plan.kill;
if (plan.kill === 'import') await importTopic(db, plan.round, 'killed', plan.quotes);
else await saveTopic(db, authorId, plan.round, 'killed');
report({ event: 'done', kind: plan.kill });
await new Promise(() => {}); // stay until killed
