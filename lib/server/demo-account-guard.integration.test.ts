// Issue 19, finding 1: demo accounts get random passwords, and a server reachable from other
// machines refuses to start while one still has its first password.
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { DEMO_ACCOUNTS, PUBLISHED_DEMO_PASSWORDS } from '@/lib/cli/demo-logins.mjs';
import { getDb } from '@/lib/db';
import { writeDemo } from '@/prisma/demo/write-demo';
import { demoAccountsOnFirstPassword } from './demo-account-guard.mjs';

const db = getDb();
const url = () => process.env.DATABASE_URL!;
const demoEmails = DEMO_ACCOUNTS.map((a) => a.email).sort();

/** Runs the production server as `npm start` does, with HOST set; its exit code and stderr. */
function startServer(host: string) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['lib/server/production-server.mjs'], {
      env: { ...process.env, HOST: host, PORT: '4291', NODE_ENV: 'production', DATABASE_URL: url() },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

it('gives the demo accounts passwords of their own, none of the published ones', async () => {
  const users = await db.user.findMany({ where: { email: { in: demoEmails } }, select: { passwordHash: true } });
  expect(users).toHaveLength(3);
  for (const user of users) for (const published of PUBLISHED_DEMO_PASSWORDS) expect(await verifyPassword(user.passwordHash, published)).toBe(false);
});

it('gives an account still on a published password a new one, reported once', async () => {
  await db.user.update({ where: { email: 'admin@topicdesk.local' }, data: { passwordHash: await hashPassword('demo-admin-password') } });
  const report = await writeDemo(db);
  expect(report.createdAccounts.map((a) => a.email)).toEqual(['admin@topicdesk.local']);
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: 'admin@topicdesk.local' }, select: { passwordHash: true } });
  expect(await verifyPassword(passwordHash, report.createdAccounts[0]!.password)).toBe(true);
  expect(await verifyPassword(passwordHash, 'demo-admin-password')).toBe(false);
  expect((await writeDemo(db)).createdAccounts).toEqual([]);
});

it('finds the demo accounts on their first password until each is changed or disabled', async () => {
  expect(await demoAccountsOnFirstPassword(url())).toEqual(demoEmails);
  await db.user.update({ where: { email: 'analyst@topicdesk.local' }, data: { passwordHash: await hashPassword('a password of my own') } });
  await db.user.update({ where: { email: 'reader@topicdesk.local' }, data: { disabled: true } });
  expect(await demoAccountsOnFirstPassword(url())).toEqual(['admin@topicdesk.local']);
  // A password once published counts as a first password too.
  await db.user.update({ where: { email: 'analyst@topicdesk.local' }, data: { passwordHash: await hashPassword('demo-analyst-password') } });
  expect(await demoAccountsOnFirstPassword(url())).toEqual(['admin@topicdesk.local', 'analyst@topicdesk.local']);
});

it('refuses to listen on every interface while one is, saying how to fix it', async () => {
  const { code, stderr } = await startServer('0.0.0.0');
  expect(code).toBe(1);
  expect(stderr).toContain('Refusing to listen on 0.0.0.0');
  expect(stderr).toContain('admin@topicdesk.local');
  expect(stderr).toContain('npm run user:password -- --email admin@topicdesk.local');
});
