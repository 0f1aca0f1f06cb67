import { checkDatabase } from '@/lib/health/queries';
import { searchCache } from '@/lib/published/search-cache';
import { searchPageCacheStats } from '@/lib/microcache/search-pages.mjs';

export const dynamic = 'force-dynamic';

/** For load balancers (200 / 503) and operators: the database, and how full the search caches are. */
export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database.ok ? 'ok' : 'unavailable', database, searchCache: searchCache().stats(), searchPageCache: searchPageCacheStats() },
    { status: database.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
