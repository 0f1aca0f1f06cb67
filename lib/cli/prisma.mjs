#!/usr/bin/env node
// `npm run prisma -- <args>`: the Prisma CLI against the configured database. With
// DATABASE_URL unset it reaches the embedded database (through `npm start`'s server when that
// is running, or one opened for this command), and it uses the WASM schema engine when the
// native one could not be downloaded.
import { exitOnConfigError, withDatabaseUrl } from './database-url.mjs';
import { runPrisma } from './prisma-run.mjs';

// Commands that read only the schema need no database.
const OFFLINE_COMMANDS = new Set(['generate', 'validate', 'format', 'version', '--version', '-v', '--help', '-h']);

const args = process.argv.slice(2);
if (OFFLINE_COMMANDS.has(args[0] ?? '--help')) {
  process.exitCode = await runPrisma(args);
} else {
  process.exitCode = await withDatabaseUrl((url) => runPrisma(args, { DATABASE_URL: url }), { checkConfigured: false }).catch(
    exitOnConfigError,
  );
}
