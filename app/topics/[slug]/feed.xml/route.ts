import { atomResponse, renderAtom } from '@/lib/feeds/atom';
import { topicFeed } from '@/lib/published/feed-reads';

export const dynamic = 'force-dynamic';

/** One topic's changelog (Atom). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const feed = await topicFeed((await params).slug);
  if (!feed) return new Response('No such published topic.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return atomResponse(renderAtom(feed));
}
