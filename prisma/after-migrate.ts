// Data steps that follow schema migrations, run by `npm start` after `migrate deploy` on every
// database (embedded or not). Each step is idempotent and cheap when there is nothing to do.
import { getDb } from '@/lib/db';
import { backfillPublishedIndex } from '@/lib/published/published-index';

const db = getDb();
try {
  const rebuilt = await backfillPublishedIndex(db);
  if (rebuilt > 0) console.log(`Indexed (speakers, interviews, search) ${rebuilt} published topics.`);
} finally {
  await db.$disconnect();
}
