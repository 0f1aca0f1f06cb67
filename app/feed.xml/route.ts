import { atomResponse, renderAtom } from '@/lib/feeds/atom';
import { siteUpdatesFeed } from '@/lib/published/feed-reads';

export const dynamic = 'force-dynamic';

/** All updates across the site (Atom). */
export async function GET() {
  return atomResponse(renderAtom(await siteUpdatesFeed()));
}
