import { test as setup } from '@playwright/test';
import { account, storageStateFor, type RoleName } from './support/accounts';
import { signInAndLand } from './support/sign-in';

// Sign in once per role; the other specs reuse the saved browser state.
const landing: Record<RoleName, string> = { ADMIN: '/admin/users', ANALYST: '/editor', READER: '/account' };

for (const role of ['ADMIN', 'ANALYST', 'READER'] as const) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const { email, password } = account(role);
    await signInAndLand(page, email, password, landing[role]);
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
