// Data steps that follow schema migrations, run by `npm start` after `migrate deploy` on every
// database (embedded or not). Each step is idempotent and cheap when there is nothing to do.
import { getDb } from '@/lib/db';
import { backfillDerivedRows } from '@/lib/publishing/projections/published-record';
import { backfillSpeakerPositions } from '@/lib/publishing/projections/speaker-positions';
import { backfillVersionSummaries } from '@/lib/publishing/projections/version-summaries';

const db = getDb();
try {
  const rebuilt = await backfillDerivedRows(db);
  if (rebuilt > 0) console.log(`Indexed (speakers, interviews, search) ${rebuilt} published topics.`);
  // Versions published before positions were kept: their history of who moved where.
  const versions = await backfillSpeakerPositions(db);
  if (versions > 0) console.log(`Indexed the speakers' positions of ${versions} published versions.`);
  // Versions published before their history entries were kept: the public history reads these.
  const summarised = await backfillVersionSummaries(db);
  if (summarised > 0) console.log(`Summarised ${summarised} published versions for their history.`);
} finally {
  await db.$disconnect();
}
