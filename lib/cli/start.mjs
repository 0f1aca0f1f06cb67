#!/usr/bin/env node
// `npm start`: from a fresh clone to a running app. Installs what is missing, prepares the
// database (DATABASE_URL, or the embedded one by default), applies pending migrations, writes
// the demo content on the embedded database, builds when the sources changed, and serves.
// Only Node's own modules are used until dependencies are known to be installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const installed = `${root}node_modules/.package-lock.json`;
const lock = `${root}package-lock.json`;

if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  console.log('Installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('\nnpm ci failed: see the messages above. Topic Desk needs Node 20.19+ and the npm registry.');
    process.exit(1);
  }
}

const { serve } = await import('./serve.mjs');
await serve();
