import { DEMO_ACCOUNTS } from '../../lib/cli/demo-logins.mjs';

export type RoleName = 'ADMIN' | 'ANALYST' | 'READER';

export const account = (role: RoleName) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

/** Where each role's signed-in browser state is kept between tests (written by auth.setup.ts). */
export const storageStateFor = (role: RoleName) => `test-results/auth/${role.toLowerCase()}.json`;
