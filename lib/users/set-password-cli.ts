// `npm run user:password -- --email you@example.com`: a new password for an existing account
// (after a restore without password hashes, or a lost admin password). Ends its sessions.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { emailSchema } from '@/lib/auth/email';
import { hashPassword } from '@/lib/auth/password';
import { newPasswordSchema } from '@/lib/auth/password-policy';
import { getDb } from '@/lib/db';
import { PASSWORD_INPUT_HELP, readPasswordFromStdinOrEnv } from './read-password';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' } }, strict: true });
if (values.password !== undefined) fail('Refusing --password: pass the password on standard input or in TOPICDESK_PASSWORD instead.');
const parsed = z
  .object({ email: emailSchema, password: newPasswordSchema })
  .safeParse({ email: values.email, password: (await readPasswordFromStdinOrEnv()) ?? fail(`No password given. ${PASSWORD_INPUT_HELP}`) });
if (!parsed.success) fail(`Not changed:\n${z.prettifyError(parsed.error)}`);

const db = getDb();
try {
  const user = await db.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (!user) fail(`Not changed: no account has the email ${parsed.data.email}.`);
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(parsed.data.password), mustChangePassword: false, sessionVersion: { increment: 1 } } });
  await recordAudit({ action: 'user.password-reset', targetType: 'User', targetId: user.id, detail: { via: 'cli' } });
  console.log(`Changed the password of ${parsed.data.email}.`);
} finally {
  await db.$disconnect();
}
