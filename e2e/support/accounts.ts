import { testDemoAccounts } from '../../lib/cli/demo-logins.mjs';

export type RoleName = 'ADMIN' | 'ANALYST' | 'READER';

// The demo accounts with the passwords this run gave them: the test runner (or
// playwright.config.ts) sets TOPICDESK_DEMO_PASSWORDS before the global setup seeds the database.
const accounts = testDemoAccounts();

export const account = (role: RoleName) => accounts.find((a) => a.role === role)!;

/** Where each role's signed-in browser state is kept between tests (written by auth.setup.ts). */
export const storageStateFor = (role: RoleName) => `test-results/auth/${role.toLowerCase()}.json`;
