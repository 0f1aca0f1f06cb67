// `npm run db:seed`: writes the demo topics and one account per role. Idempotent.
// `npm start` runs it by itself only on the embedded database; on a real server it runs
// only when asked explicitly.
import { getDb } from '@/lib/db';
import { demoAccounts } from './demo/demo-content';
import { writeDemo } from './demo/write-demo';

const db = getDb();
try {
  const report = await writeDemo(db);
  const topics = report.createdTopics.length ? `created ${report.createdTopics.join(', ')}` : 'already present';
  console.log(`Demo topics: ${topics}.`);
  if (report.createdAccounts.length) console.log(`Demo accounts created: ${report.createdAccounts.join(', ')}.`);
  if (process.argv.includes('--print-logins')) {
    console.log('\nDemo sign-ins (change them before going live):');
    for (const account of demoAccounts) console.log(`  ${account.role.padEnd(8)} ${account.email}  ${account.password}`);
  }
} finally {
  await db.$disconnect();
}
