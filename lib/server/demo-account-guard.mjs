// A server reachable from other machines refuses to start while a demo account can still be
// signed into with its first password (issue 19, finding 1): the one generated when it was
// created (recognised by the fingerprint the seed wrote to the audit log), or one of the
// passwords once published in the repository. Disabled accounts do not count.
import { verify } from '@node-rs/argon2';
import pg from 'pg';
import { DEMO_ACCOUNTS, passwordFingerprint, PUBLISHED_DEMO_PASSWORDS } from '../cli/demo-logins.mjs';

/** The key of the audit detail holding the first password's fingerprint (prisma/demo/write-demo.ts). */
export const DEMO_FIRST_PASSWORD_KEY = 'demoFirstPassword';

/** The enabled demo accounts still on their first password, by email. */
export async function demoAccountsOnFirstPassword(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT u.email, u."passwordHash",
              ARRAY(SELECT a.detail->>$2 FROM "AuditEvent" a WHERE a."targetId" = u.id AND a.detail ? $2) AS firsts
         FROM "User" u
        WHERE u.email = ANY($1) AND NOT u.disabled
        ORDER BY u.email`,
      [DEMO_ACCOUNTS.map((account) => account.email), DEMO_FIRST_PASSWORD_KEY],
    );
    const found = [];
    for (const row of rows) {
      const first = row.firsts.includes(passwordFingerprint(row.passwordHash));
      let published = false;
      for (const password of first ? [] : PUBLISHED_DEMO_PASSWORDS) if (await verify(row.passwordHash, password).catch(() => false)) published = true;
      if (first || published) found.push(row.email);
    }
    return found;
  } finally {
    await client.end();
  }
}

/** The refusal, saying what to do. */
export function demoAccountRefusal(emails, host) {
  return [
    `Refusing to listen on ${host}: other machines could reach this server, and these demo accounts`,
    `still have the password they were given when they were created:`,
    ...emails.map((email) => `  ${email}`),
    'Either give each a password of your own:',
    ...emails.map((email) => `  printf %s "$NEW_PASSWORD" | npm run user:password -- --email ${email}`),
    'or disable them (an admin, at /admin/users, while the server listens on 127.0.0.1),',
    'or leave HOST unset to listen on 127.0.0.1 (this machine only).',
  ].join('\n');
}
