import { authSecret } from './auth-secret.mjs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORDS_OUT_ENV, demoLogins } from './demo-logins.mjs';
import { listenHost } from '../server/listen-host.mjs';
import { ensureBuild, ensurePrismaClient } from './build.mjs';
import { checkDatabaseReachable, exitOnConfigError } from './database-url.mjs';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { startNextServer } from './next-server.mjs';
import { runPrisma } from './prisma-run.mjs';
import { runTypeScript } from './typescript.mjs';

export async function serve() {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT must be a number from 1 to 65535 (it is "${process.env.PORT}").`);
    process.exit(1);
  }

  let embedded;
  let database;
  try {
    await ensurePrismaClient();
    if (process.env.DATABASE_URL) {
      await checkDatabaseReachable(process.env.DATABASE_URL);
      database = { url: process.env.DATABASE_URL, poolMax: process.env.DATABASE_POOL_MAX ?? '10' };
    } else {
      embedded = await startEmbeddedPostgres();
      database = { url: embedded.url, poolMax: '4' };
      console.log(`Embedded database: ${embedded.dataDir} (served on 127.0.0.1:${embedded.port})`);
    }
  } catch (error) {
    exitOnConfigError(error);
  }

  let server;
  const shutdown = async (code = 0) => {
    await server?.stop();
    await embedded?.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => shutdown(0));
  process.once('SIGTERM', () => shutdown(0));

  try {
    const env = {
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: database.poolMax,
      NEXTAUTH_SECRET: authSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    };
    console.log('Applying migrations…');
    if ((await runPrisma(['migrate', 'deploy'], env, { quiet: true })) !== 0) throw new Error('prisma migrate deploy failed (see above).');
    if ((await runTypeScript('prisma/after-migrate.ts', [], env)) !== 0) throw new Error('The data steps after the migrations failed (see above).');
    let createdDemoAccounts = [];
    if (embedded) {
      // Demo content only on the embedded database: a real server gets it only through `npm run db:seed`.
      // The passwords of accounts it creates come back through a private file, to be printed once below.
      const out = join(mkdtempSync(join(tmpdir(), 'topicdesk-demo-')), 'passwords.json');
      try {
        if ((await runTypeScript('prisma/seed.ts', [], { ...env, [DEMO_PASSWORDS_OUT_ENV]: out })) !== 0) throw new Error('Writing the demo content failed (see above).');
        createdDemoAccounts = JSON.parse(readFileSync(out, 'utf8'));
      } catch (error) {
        if (error.code !== 'ENOENT') throw error;
      } finally {
        rmSync(join(out, '..'), { recursive: true, force: true });
      }
    }
    await ensureBuild(env);
    server = await startNextServer({ port, env });
    console.log(`\nTopic Desk is running at ${server.url} (listening on ${listenHost()}; set HOST to change it)`);
    if (embedded) console.log(demoLogins(createdDemoAccounts));
    console.log('Press Ctrl+C to stop.');
    const code = await server.exit;
    server = undefined;
    console.error(`The web server stopped (exit code ${code}).`);
    await shutdown(code || 1);
  } catch (error) {
    console.error(`\n${error.message}`);
    await shutdown(1);
  }
}
