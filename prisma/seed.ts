// `npm run db:seed`: writes the demo topics and one account per role. Idempotent.
// `npm start` runs it by itself only on the embedded database; on a real server it runs
// only when asked explicitly.
import { writeFileSync } from 'node:fs';
import { DEMO_PASSWORDS_OUT_ENV, demoLogins } from '@/lib/cli/demo-logins.mjs';
import { getDb } from '@/lib/db';
import { writeDemo } from './demo/write-demo';

const db = getDb();
try {
  const report = await writeDemo(db);
  const topics = report.createdTopics.length ? `created ${report.createdTopics.join(', ')}` : 'already present';
  console.log(`Demo topics: ${topics}.`);
  if (report.createdAccounts.length) {
    const out = process.env[DEMO_PASSWORDS_OUT_ENV];
    // `npm start` prints them with its other start-up lines; `npm run db:seed` prints them here.
    if (out) writeFileSync(out, JSON.stringify(report.createdAccounts), { mode: 0o600 });
    else console.log(demoLogins(report.createdAccounts));
  }
} finally {
  await db.$disconnect();
}
