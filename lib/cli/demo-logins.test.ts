import { expect, it } from 'vitest';
import { DEMO_PASSWORDS_ENV, demoLogins, newDemoPassword, PUBLISHED_DEMO_PASSWORDS, testDemoAccounts } from './demo-logins.mjs';

it('prints new demo passwords once, and never a published one (issue 19, finding 1)', () => {
  const fresh = demoLogins([{ role: 'ADMIN', email: 'admin@topicdesk.local', password: 'x7-generated-password' }]);
  expect(fresh).toContain('Demo sign-ins'); // .ci/run greps for it
  expect(fresh).toMatch(/ADMIN\s+admin@topicdesk\.local\s+x7-generated-password/);
  expect(fresh).toMatch(/ANALYST\s+analyst@topicdesk\.local\s+\(set earlier\)/);
  const later = demoLogins();
  expect(later).toContain('Demo sign-ins');
  expect(later).toContain('npm run user:password');
  for (const published of PUBLISHED_DEMO_PASSWORDS) expect(fresh + later).not.toContain(published);
});

it('generates a different strong password for each account unless the test harness sets them', () => {
  const env = {};
  const generated = new Set(Array.from({ length: 20 }, () => newDemoPassword('ADMIN', env)));
  expect(generated.size).toBe(20);
  for (const password of generated) expect(password.length).toBeGreaterThanOrEqual(24);
  expect(newDemoPassword('READER', { [DEMO_PASSWORDS_ENV]: JSON.stringify({ ADMIN: 'a'.repeat(12), ANALYST: 'b'.repeat(12), READER: 'c'.repeat(12) }) })).toBe('c'.repeat(12));
  const accounts = testDemoAccounts();
  expect(JSON.parse(process.env[DEMO_PASSWORDS_ENV]!).ADMIN).toBe(accounts.find((a) => a.role === 'ADMIN')!.password);
});
