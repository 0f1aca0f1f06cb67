import { atomResponse, renderAtom } from '@/lib/feeds/atom';
import { siteUpdatesFeed } from '@/lib/feeds/queries';

export const dynamic = 'force-dynamic';

/** All updates across the site (Atom). */
export async function GET() {
  return atomResponse(renderAtom(await siteUpdatesFeed()));
}
