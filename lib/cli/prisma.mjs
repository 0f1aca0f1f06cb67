#!/usr/bin/env node
// `npm run prisma -- <args>`: the Prisma CLI against the configured database. With
// DATABASE_URL unset it reaches the embedded database (through `npm start`'s server when that
// is running, or one opened for this command), and it uses the WASM schema engine when the
// native one could not be downloaded.
import { exitOnConfigError, withDatabaseUrl } from './database-url.mjs';
import { runPrisma } from './prisma-run.mjs';

const args = process.argv.slice(2);
process.exitCode = await withDatabaseUrl((url) => runPrisma(args, { DATABASE_URL: url }), { checkConfigured: false }).catch(exitOnConfigError);
