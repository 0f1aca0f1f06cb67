// The demo accounts: written by the seed (prisma/demo) on the embedded database or by an explicit
// `npm run db:seed`, and printed by `npm start`. Their passwords are never in the repository: each
// account gets a random one when it is created, printed once and stored hashed (issue 19,
// finding 1: a fixed published admin password on a server listening on every interface).
// The seed records a fingerprint of that first hash in the audit log, so that a server reachable
// from other machines can refuse to start while a demo account still has it
// (lib/server/demo-account-guard.mjs).
import { createHash, randomBytes } from 'node:crypto';

/** @typedef {'ADMIN' | 'ANALYST' | 'READER'} DemoRole */

/** @type {ReadonlyArray<{ role: DemoRole; email: string; name: string }>} */
export const DEMO_ACCOUNTS = [
  { role: 'ADMIN', email: 'admin@topicdesk.local', name: 'Demo Admin' },
  { role: 'ANALYST', email: 'analyst@topicdesk.local', name: 'Demo Analyst' },
  { role: 'READER', email: 'reader@topicdesk.local', name: 'Demo Reader' },
];

/**
 * The passwords these accounts had before they were generated: published in the repository's
 * history (in the order of DEMO_ACCOUNTS), so an account that still has one is treated as
 * having its first password.
 */
export const PUBLISHED_DEMO_PASSWORDS = ['demo-admin-password', 'demo-analyst-password', 'demo-reader-password'];

/**
 * Known passwords for the test harness and the benchmarks, as JSON `{ "ADMIN": "…", … }`. Only
 * they set it (testDemoAccounts below), to values they generate for the run.
 */
export const DEMO_PASSWORDS_ENV = 'TOPICDESK_DEMO_PASSWORDS';

/** Where `npm start` asks the seed to leave the passwords it generated, for printing once. */
export const DEMO_PASSWORDS_OUT_ENV = 'TOPICDESK_DEMO_PASSWORDS_OUT';

/** A random password: 24 characters, 144 bits. */
export const generatePassword = () => randomBytes(18).toString('base64url');

/** What the audit log keeps of a first password's hash: enough to recognise it, nothing to attack. */
export const passwordFingerprint = (passwordHash) => createHash('sha256').update(passwordHash).digest('hex');

/**
 * @param {Record<string, string | undefined>} env
 * @returns {Record<DemoRole, string> | null}
 */
function passwordsFromEnv(env = process.env) {
  const text = env[DEMO_PASSWORDS_ENV];
  if (!text) return null;
  const parsed = JSON.parse(text);
  for (const { role } of DEMO_ACCOUNTS) {
    if (typeof parsed[role] !== 'string' || parsed[role].length < 12) throw new Error(`${DEMO_PASSWORDS_ENV} must give each of ADMIN, ANALYST and READER a password of 12 or more characters.`);
  }
  return parsed;
}

/**
 * The password the seed gives a demo account it creates: the test harness's, or a new random one.
 * @param {DemoRole} role
 * @param {Record<string, string | undefined>} env
 */
export function newDemoPassword(role, env = process.env) {
  return passwordsFromEnv(env)?.[role] ?? generatePassword();
}

/**
 * The demo accounts with known passwords, for the test runner, Playwright and the benchmarks:
 * sets DEMO_PASSWORDS_ENV to passwords generated for this run when it is not set yet, so that
 * the seed it then runs (a child process, or Playwright's global setup) uses the same ones.
 */
export function testDemoAccounts() {
  let passwords = passwordsFromEnv();
  if (!passwords) {
    passwords = Object.fromEntries(DEMO_ACCOUNTS.map(({ role }) => [role, generatePassword()]));
    process.env[DEMO_PASSWORDS_ENV] = JSON.stringify(passwords);
  }
  return DEMO_ACCOUNTS.map((account) => ({ ...account, password: passwords[account.role] }));
}

/**
 * What `npm start` prints. `created`: the accounts this start created, with their passwords,
 * shown this once.
 * @param {ReadonlyArray<{ role: string; email: string; password: string }>} created
 */
export function demoLogins(created = []) {
  const lines = DEMO_ACCOUNTS.map((account) => {
    const fresh = created.find((c) => c.email === account.email);
    return `  ${account.role.padEnd(8)} ${account.email.padEnd(26)} ${fresh ? fresh.password : '(set earlier)'}`;
  });
  const note = created.length
    ? 'New passwords, shown only this once (stored hashed). Keep them, or set your own with\n' +
      '  printf %s "$PASSWORD" | npm run user:password -- --email <email>'
    : 'Their passwords were printed when they were created. Set a new one with\n' +
      '  printf %s "$PASSWORD" | npm run user:password -- --email <email>';
  return `Demo sign-ins (embedded database only):\n${lines.join('\n')}\n${note}`;
}
