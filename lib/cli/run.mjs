#!/usr/bin/env node
// Runs one of the project's TypeScript entry points (seed, and later import and user
// creation) against the configured database: DATABASE_URL, or the embedded one — through the
// running `npm start` when there is one. `server-only` modules load under the react-server
// condition, as they do inside Next.
import { spawn } from 'node:child_process';
import { exitOnConfigError, withDatabaseUrl } from './database-url.mjs';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node lib/cli/run.mjs <file.ts> [args…]');
  process.exit(2);
}

export function runTypeScript(file, fileArgs, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', file, ...fileArgs], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

process.exitCode = await withDatabaseUrl((url) => runTypeScript(script, args, { DATABASE_URL: url, DATABASE_POOL_MAX: '2' })).catch(
  exitOnConfigError,
);
