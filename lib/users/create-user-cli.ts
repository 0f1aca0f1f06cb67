// `npm run user:create -- --email ada@example.com --role ADMIN [--name "Ada"]`
// Creates the first admin (or any user) on the configured database. The password is read from
// standard input when it is piped, or from TOPICDESK_PASSWORD; never from the command line,
// where it would end up in shell history and process listings.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import { getDb } from '@/lib/db';
import { PASSWORD_INPUT_HELP, readPasswordFromStdinOrEnv } from './read-password';
import { createUserCliSchema } from './schema';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readPassword(): Promise<string> {
  return (await readPasswordFromStdinOrEnv()) ?? fail(`No password given. ${PASSWORD_INPUT_HELP}`);
}

const { values } = parseArgs({
  options: { email: { type: 'string' }, role: { type: 'string', default: 'ANALYST' }, name: { type: 'string' }, password: { type: 'string' } },
  strict: true,
});
if (values.password !== undefined) fail('Refusing --password: pass the password on standard input or in TOPICDESK_PASSWORD instead.');
if (!values.email) fail('Usage: npm run user:create -- --email EMAIL [--role READER|ANALYST|ADMIN] [--name NAME]');

const parsed = createUserCliSchema.safeParse({
  email: values.email,
  role: values.role?.toUpperCase(),
  name: values.name ?? values.email.split('@')[0],
  password: await readPassword(),
});
if (!parsed.success) fail(`Not created:\n${z.prettifyError(parsed.error)}`);

const db = getDb();
try {
  const { password, ...profile } = parsed.data;
  if (await db.user.findUnique({ where: { email: profile.email }, select: { id: true } })) {
    fail(`Not created: an account with the email ${profile.email} already exists.`);
  }
  const user = await db.user.create({ data: { ...profile, passwordHash: await hashPassword(password) }, select: { id: true } });
  await recordAudit({ action: 'user.create', targetType: 'User', targetId: user.id, detail: { email: profile.email, role: profile.role, via: 'cli' } });
  console.log(`Created ${profile.role} ${profile.email}.`);
} finally {
  await db.$disconnect();
}
