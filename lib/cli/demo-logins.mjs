// The demo accounts: written by the seed (prisma/demo) and printed by `npm start`.
// Only ever created on the embedded database or by an explicit `npm run db:seed`.

/** @type {ReadonlyArray<{ role: 'ADMIN' | 'ANALYST' | 'READER'; email: string; name: string; password: string }>} */
export const DEMO_ACCOUNTS = [
  { role: 'ADMIN', email: 'admin@topicdesk.local', name: 'Demo Admin', password: 'demo-admin-password' },
  { role: 'ANALYST', email: 'analyst@topicdesk.local', name: 'Demo Analyst', password: 'demo-analyst-password' },
  { role: 'READER', email: 'reader@topicdesk.local', name: 'Demo Reader', password: 'demo-reader-password' },
];

export function demoLogins() {
  const lines = DEMO_ACCOUNTS.map((account) => `  ${account.role.padEnd(8)} ${account.email.padEnd(26)} ${account.password}`);
  return `Demo sign-ins (embedded database only):\n${lines.join('\n')}`;
}
