import { isInternalRequest } from '@/lib/publishing/internal-request';
import { publishedChangeSchema } from '@/lib/publishing/change';
import { applyPublishedChange } from '@/lib/publishing/revalidate';

export const dynamic = 'force-dynamic';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * A change of the public site made by another process (another instance, a command-line
 * import), heard by this server's change listener (lib/publishing/change-listener.mjs), applied
 * to this server's caches. Only the server itself may call it: anyone else gets a 404.
 */
export async function POST(request: Request) {
  if (!isInternalRequest(request)) return text('Not found.', 404);
  const change = publishedChangeSchema.safeParse(await request.json().catch(() => null));
  if (!change.success) return text('Not a change of the public site.', 400);
  applyPublishedChange(change.data);
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
