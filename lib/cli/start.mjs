#!/usr/bin/env node
// `npm start`: from a fresh clone to a running app. Installs what is missing, prepares the
// database (DATABASE_URL, or the embedded one by default), applies pending migrations, writes
// the demo content on the embedded database, builds when the sources changed, and serves.
import { ensureDependencies } from './ensure-dependencies.mjs';

ensureDependencies();
const { serve } = await import('./serve.mjs');
const { EmbeddedStorageError } = await import('./embedded-postgres.mjs');
await serve().catch((error) => {
  // An embedded data folder that cannot be written, or a disk without room: the message names
  // the folder and the fix, and a stack trace would only bury it.
  if (!(error instanceof EmbeddedStorageError)) throw error;
  process.stderr.write(`\n${error.message}\n\n`);
  process.exit(1);
});
