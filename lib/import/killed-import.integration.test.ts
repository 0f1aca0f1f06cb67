import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { getDb } from '@/lib/db';
import { generatedTopicText } from '@/lib/testing/generated-topic-text';
import { writeDemo } from '@/prisma/demo/write-demo';

// An import killed with SIGKILL part-way leaves nothing behind: one transaction writes the
// topic, its blocks, quotes and revision, or nothing at all.

const db = getDb();

describe('an import killed mid-way', () => {
  // PostgreSQL only: this watches pg_stat_activity for the import's transaction, and the
  // embedded database runs every connection through one session, so the watching query would
  // wait for that transaction to end. lib/cli/embedded-crash.integration.test.ts kills imports
  // and saves inside their transactions on the embedded database instead.
  it.skipIf(inject('serverDatabaseUrl') === '')('writes no half topic, and the database stays usable', async () => {
    await writeDemo(db);
    const file = join(tmpdir(), `killed-import-${Date.now()}.txt`);
    writeFileSync(file, generatedTopicText('number', 1_500));
    const slug = `killed-import-${Date.now()}`;
    const child = spawn(process.execPath, ['lib/cli/run.mjs', 'lib/import/import-cli.ts', file, '--slug', slug, '--publish'], {
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
      stdio: 'ignore',
    });
    // Kill it once the transaction is under way (the topic row exists inside it, not yet outside).
    const started = Date.now();
    let killedInFlight = false;
    while (Date.now() - started < 60_000 && child.exitCode === null) {
      const [{ active }] = await db.$queryRaw<[{ active: bigint }]>`SELECT count(*) AS active FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND query ILIKE '%"Block"%'`;
      if (Number(active) > 0) {
        child.kill('SIGKILL');
        killedInFlight = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));
    expect(killedInFlight).toBe(true);
    // The server notices the dropped connection and rolls the transaction back.
    await expect.poll(async () => db.topic.count({ where: { slug } }), { timeout: 10_000 }).toBe(0);
    expect(await db.revision.count({ where: { topic: { slug } } })).toBe(0);
    expect(await db.quote.count({ where: { originalText: 'Quote number 0 about atomic writes.' } })).toBe(0);
    expect(await db.topic.count()).toBeGreaterThan(0); // still answering
  });
});
