import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { assertLocalDatabase } from '../lib/testing/test-database.mjs';

// Resets the end-to-end database to the demo content before the run. Refuses any database
// that is not on this machine: this wipes every table.
export default async function globalSetup() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: `npm test` sets it to the database the test server uses.');
  assertLocalDatabase(url);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
    );
    if (rows.length) await client.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} CASCADE`);
  } finally {
    await client.end();
  }

  const seed = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'prisma/seed.ts'], {
    env: { ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: '2' },
    encoding: 'utf8',
  });
  if (seed.status !== 0) throw new Error(`Seeding the e2e database failed:\n${seed.stdout}${seed.stderr}`);
}
