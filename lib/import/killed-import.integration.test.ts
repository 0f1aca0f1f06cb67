import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { getDb } from '@/lib/db';
import { writeDemo } from '@/prisma/demo/write-demo';

// An import killed with SIGKILL part-way leaves nothing behind: one transaction writes the
// topic, its blocks, quotes and revision, or nothing at all.

const db = getDb();

/** A generated page big enough that its import takes a while. */
function bigDocument(quotes: number) {
  const lines = ['被杀掉的导入 · Killed Import', '主流共识', '第一点:导入要么全写,要么不写', '一段话。', '分歧在哪', '阵营 A · “全有或全无”——测试'];
  for (let i = 0; i < quotes; i += 1) lines.push(`"Quote number ${i} about atomic writes."`, `「第 ${i} 条引语。」`, `— Speaker ${i % 40} (Lab ${i % 7}) · Show ${i % 9} · Episode ${i % 30}`);
  return lines.join('\n');
}

describe('an import killed mid-way', () => {
  // The embedded test database lives in the test process: a second process cannot reach it.
  it.skipIf(inject('serverDatabaseUrl') === '')('writes no half topic, and the database stays usable', async () => {
    await writeDemo(db);
    const file = join(tmpdir(), `killed-import-${Date.now()}.txt`);
    writeFileSync(file, bigDocument(1_500));
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
