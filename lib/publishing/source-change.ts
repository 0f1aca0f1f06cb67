import 'server-only';
import { getDb } from '@/lib/db';
import { announceChange } from './announce';
import { applyPublishedChange } from './revalidate';

/**
 * A speaker or interview record changed (edit, merge, undo of a merge): this server's pages
 * that show the library are refreshed now, and every other server hears of it. Called by the
 * action after its mutation committed.
 */
export async function sourceRecordsChanged() {
  const change = { kind: 'sources' as const };
  await announceChange(getDb(), change);
  applyPublishedChange(change);
}
