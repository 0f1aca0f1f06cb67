import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { applySave, type SaveDraftResult } from './apply-save';
import type { SaveDraftInput } from './schema';

export type { SaveDraftResult };

/**
 * Applies an analyst's changes to a topic's working draft and records the result as a new
 * immutable revision. Items changed by someone else since the analyst's base are refused as
 * conflicts (nothing is written then); all other changes by others are kept.
 */
export async function saveDraft(input: SaveDraftInput): Promise<SaveDraftResult> {
  const user = await requireRole('ANALYST');
  return applySave(getDb(), user.id, input);
}
