import { spawnSync } from 'node:child_process';
import { expect } from '@playwright/test';

/** Runs a Node command of the project (an import, a publish) against the e2e database; it must succeed. */
export function runNode(args: string[]) {
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, NODE_NO_WARNINGS: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
}
