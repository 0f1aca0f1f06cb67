import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

// Bad configuration gets a message that names the fix, never a stack trace.
function runSeed(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['lib/cli/run.mjs', 'prisma/seed.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('database configuration errors', () => {
  it('explains a malformed DATABASE_URL', () => {
    const { code, output } = runSeed({ DATABASE_URL: 'not a url' });
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL is not a valid URL');
    noStackTrace(output);
  });

  it('explains a DATABASE_URL for another kind of database', () => {
    const { code, output } = runSeed({ DATABASE_URL: 'mysql://root@127.0.0.1/test' });
    expect(code).toBe(1);
    expect(output).toContain('must start with postgresql://');
    noStackTrace(output);
  });

  it('explains an unreachable server', () => {
    const { code, output } = runSeed({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:9/nothing' });
    expect(code).toBe(1);
    expect(output).toMatch(/Cannot use the database at .*127\.0\.0\.1:9.*Is PostgreSQL running\?/);
    noStackTrace(output);
  });

  it('explains an embedded data folder held by another process', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'topicdesk-busy-')), 'pglite');
    const holder = await startEmbeddedPostgres({ dataDir });
    try {
      const result = spawnSync(process.execPath, ['lib/cli/start.mjs'], {
        env: { ...process.env, DATABASE_URL: '', EMBEDDED_DATA_DIR: dataDir, PORT: '3999' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      const output = `${result.stdout}${result.stderr}`;
      expect(result.status).toBe(1);
      expect(output).toContain(`open in another process (pid ${process.pid}`);
      noStackTrace(output);
    } finally {
      await holder.stop();
    }
  });
});
