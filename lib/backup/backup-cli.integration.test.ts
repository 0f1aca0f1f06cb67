// Issue 19, finding 5: `npm run backup` writes e-mails, IP addresses and (asked for) password
// hashes; the file is the owner's only (0600), also when it existed with a wider mode.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'topicdesk-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const backup = (file: string) =>
  spawnSync(process.execPath, ['lib/cli/run.mjs', 'lib/backup/backup-cli.ts', file, '--with-password-hashes'], {
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
    encoding: 'utf8',
  });

it('writes the backup readable by its owner only', () => {
  const file = join(dir, 'new.json');
  const run = backup(file);
  expect(run.status, run.stderr).toBe(0);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(JSON.parse(readFileSync(file, 'utf8')).withPasswordHashes).toBe(true);

  const existing = join(dir, 'existing.json');
  writeFileSync(existing, 'old');
  chmodSync(existing, 0o644);
  expect(backup(existing).status).toBe(0);
  expect(statSync(existing).mode & 0o777).toBe(0o600);
}, 60_000);
