// The database half of `npm start`, alone, for tests that break its storage: opens a data
// folder with startEmbeddedPostgres as serve.mjs does (same defaults), prints
// {"url": "..."} on one line once it serves, and stops on SIGTERM as serve.mjs does.
// Usage: node lib/testing/embedded-database-process.mjs <dataDir> [minFreeBytes]
import { EmbeddedStorageError, startEmbeddedPostgres } from '../cli/embedded-postgres.mjs';

const [dataDir, minFreeBytes] = process.argv.slice(2);
let embedded;
try {
  embedded = await startEmbeddedPostgres({ dataDir, ...(minFreeBytes ? { minFreeBytes: Number(minFreeBytes) } : {}) });
} catch (error) {
  if (!(error instanceof EmbeddedStorageError)) throw error;
  process.stderr.write(`\n${error.message}\n\n`);
  process.exit(1);
}
process.once('SIGTERM', async () => {
  await embedded.stop();
  process.exit(0);
});
console.log(JSON.stringify({ url: embedded.url }));
