import 'server-only';
import { getDb, type Database } from '@/lib/db';

// What the public site may read: the published record, which only the publishing module writes
// (lib/publishing), and the library's records of speakers and interviews (a person's page shows
// their record as it is now; it is not a topic page). Never the working draft: no model here
// has a relation to a draft table, and every public read in lib/published takes this type, not
// the whole client. e2e/published-record.spec.ts proves it through every public route.
export type PublishedReader = Pick<
  Database,
  'publishedTopic' | 'publishedVersion' | 'publishedFeedEntry' | 'publishedAppearance' | 'publishedSpeakerPosition' | 'searchEntry' | 'slugRedirect' | 'speaker' | 'interview' | '$queryRaw'
>;

export const publishedReader = (db: Database = getDb()): PublishedReader => db;
