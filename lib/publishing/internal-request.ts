import 'server-only';
import { timingSafeEqual } from 'node:crypto';

// The production server hands the changes it hears from other processes to Next through one
// internal route (app/api/internal/published-change): Next's cache functions only run inside a
// request. The server makes up a secret when it starts (TOPICDESK_INTERNAL_TOKEN) and only a
// request carrying it is served; it never leaves the process.

export function isInternalRequest(request: Request): boolean {
  const token = process.env.TOPICDESK_INTERNAL_TOKEN;
  const presented = request.headers.get('authorization')?.replace(/^Bearer /, '');
  if (!token || !presented) return false;
  const expected = Buffer.from(token);
  const given = Buffer.from(presented);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
