import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { readQuoteLibrary } from './library-reads';
import type { QuoteFilter } from './schema';

export type { LibraryRow } from './library-reads';

/** The quote library with its filters (analysts and admins). */
export async function listQuotes(filter: QuoteFilter) {
  await requireRole('ANALYST');
  return readQuoteLibrary(getDb(), filter);
}
