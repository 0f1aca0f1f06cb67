import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';

// `npm run user:create` against the test database: the password comes from stdin or the
// environment, never from the command line.
function createUser(args: string[], { stdin, env = {} }: { stdin?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, ['lib/cli/run.mjs', 'lib/users/create-user-cli.ts', ...args], {
    input: stdin ?? '',
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL!, NODE_NO_WARNINGS: '1', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const storedHash = (email: string) =>
  getDb().user.findUnique({ where: { email }, select: { role: true, passwordHash: true } });

describe('user:create', () => {
  it('creates an admin with the password piped on stdin', async () => {
    const { code, output } = createUser(['--email', 'First.Admin@Example.com', '--role', 'admin'], { stdin: 'a long piped passphrase\n' });
    expect(output).toContain('Created ADMIN first.admin@example.com.');
    expect(code).toBe(0);
    const user = await storedHash('first.admin@example.com');
    expect(user?.role).toBe('ADMIN');
    expect(await verifyPassword(user!.passwordHash, 'a long piped passphrase')).toBe(true);
  });

  it('takes the password from TOPICDESK_PASSWORD when nothing is piped', async () => {
    const { code } = createUser(['--email', 'env-user@example.com'], { env: { TOPICDESK_PASSWORD: 'from the environment, 42' } });
    expect(code).toBe(0);
    const user = await storedHash('env-user@example.com');
    expect(user?.role).toBe('ANALYST');
    expect(await verifyPassword(user!.passwordHash, 'from the environment, 42')).toBe(true);
  });

  it('refuses a password on the command line, a weak password, a duplicate and a bad role', async () => {
    const argv = createUser(['--email', 'argv@example.com', '--password', 'a perfectly long password']);
    expect(argv.code).toBe(1);
    expect(argv.output).toContain('Refusing --password');

    const weak = createUser(['--email', 'weak@example.com'], { stdin: 'password1234' });
    expect(weak.code).toBe(1);
    expect(weak.output).toMatch(/too common/);

    const duplicate = createUser(['--email', 'first.admin@example.com'], { stdin: 'another long passphrase' });
    expect(duplicate.code).toBe(1);
    expect(duplicate.output).toContain('already exists');

    const role = createUser(['--email', 'role@example.com', '--role', 'OWNER'], { stdin: 'another long passphrase' });
    expect(role.code).toBe(1);
    expect(role.output).toMatch(/role/i);

    for (const email of ['argv@example.com', 'weak@example.com', 'role@example.com']) expect(await storedHash(email)).toBeNull();
  });
});
