#!/usr/bin/env node
// Runs one of the project's TypeScript entry points (seed, and later import and user
// creation) against the configured database: DATABASE_URL, or the embedded one — through the
// running `npm start` when there is one.
import { exitOnConfigError, withDatabaseUrl } from './database-url.mjs';
import { runTypeScript } from './typescript.mjs';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node lib/cli/run.mjs <file.ts> [args…]');
  process.exit(2);
}

process.exitCode = await withDatabaseUrl((url) => runTypeScript(script, args, { DATABASE_URL: url })).catch(exitOnConfigError);
