#!/usr/bin/env node
// `npm start`: from a fresh clone to a running app. Installs what is missing, prepares the
// database (DATABASE_URL, or the embedded one by default), applies pending migrations, writes
// the demo content on the embedded database, builds when the sources changed, and serves.
import { ensureDependencies } from './ensure-dependencies.mjs';

ensureDependencies();
const { serve } = await import('./serve.mjs');
await serve();
