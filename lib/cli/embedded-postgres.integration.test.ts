import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { EmbeddedDatabaseBusy, findRunningServer, startEmbeddedPostgres } from './embedded-postgres.mjs';

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'topicdesk-embedded-')), 'pglite');

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the embedded database', () => {
  it('keeps its data across restarts', async () => {
    const dataDir = freshDir();
    const first = await startEmbeddedPostgres({ dataDir });
    await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('算力 survives')");
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query(second.url, 'SELECT v FROM kept')).toEqual([{ v: '算力 survives' }]);
    } finally {
      await second.stop();
    }
  });

  it('refuses a second opener of the same folder with a message naming the fix', async () => {
    const dataDir = freshDir();
    const server = await startEmbeddedPostgres({ dataDir });
    try {
      const error = await startEmbeddedPostgres({ dataDir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EmbeddedDatabaseBusy);
      expect((error as Error).message).toContain(`pid ${process.pid}`);
      expect((error as Error).message).toMatch(/npm start.*DATABASE_URL/);
      expect(findRunningServer(dataDir)?.port).toBe(server.port);
    } finally {
      await server.stop();
    }
    expect(findRunningServer(dataDir)).toBeUndefined();
  });

  it('takes over a lock left by a process that died', async () => {
    const dataDir = freshDir();
    writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, port: 1 }));
    const server = await startEmbeddedPostgres({ dataDir });
    await server.stop();
  });

  it('serves several connections at once without mixing their queries', async () => {
    const server = await startEmbeddedPostgres({ dataDir: null });
    const pool = new pg.Pool({ connectionString: server.url, max: 6 });
    try {
      const results = await Promise.all(
        // Different statement text per query: a Bind landing on another connection's Parse shows.
        Array.from({ length: 300 }, (_, i) => pool.query(`SELECT $1::int AS n, '${i}'::text AS tag`, [i])),
      );
      results.forEach((result, i) => expect(result.rows[0]).toEqual({ n: i, tag: String(i) }));
    } finally {
      await pool.end();
      await server.stop();
    }
  });

  it('lets command-line tools reach the folder while another process serves it', async () => {
    const dataDir = freshDir();
    const server = await startEmbeddedPostgres({ dataDir });
    try {
      await query(server.url, "CREATE TABLE marker (v text); INSERT INTO marker VALUES ('served')");
      const result = spawnSync(
        process.execPath,
        ['-e', "import('./lib/cli/database-url.mjs').then(m => m.withDatabaseUrl(async url => console.log(url)))"],
        { env: { ...process.env, DATABASE_URL: '', EMBEDDED_DATA_DIR: dataDir }, encoding: 'utf8' },
      );
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe(server.url);
    } finally {
      await server.stop();
    }
  });
});
