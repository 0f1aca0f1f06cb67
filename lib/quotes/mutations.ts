import 'server-only';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';

/** The translation has been checked against the current original: the stale flag clears. */
export async function markTranslationReviewed(quoteId: string) {
  await requireRole('ANALYST');
  const { count } = await getDb().quote.updateMany({ where: { id: quoteId, deletedAt: null, translationText: { not: null } }, data: { translationUpdatedAt: new Date() } });
  if (count === 0) throw new UserFacingError('引语不存在或没有译文 · The quote does not exist or has no translation.', 'NOT_FOUND');
}
