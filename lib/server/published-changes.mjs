// The production server's ear for changes of the public site made by other processes: the
// change listener (lib/publishing/change-listener.mjs) hears them from the database, and each
// is handed to Next through the internal route that applies it to this server's caches.
import { randomBytes } from 'node:crypto';
import { listenForPublishedChanges } from '../publishing/change-listener.mjs';

/**
 * Names this process and makes up the internal route's secret; both must be in the environment
 * before Next loads, which reads them when it handles a request.
 */
export function prepareForPublishedChanges() {
  process.env.TOPICDESK_INSTANCE_ID = `server-${process.pid}-${randomBytes(6).toString('hex')}`;
  process.env.TOPICDESK_INTERNAL_TOKEN = randomBytes(32).toString('base64url');
}

/**
 * Starts listening once the server answers at `origin` (e.g. http://127.0.0.1:3000).
 * @param {string} origin
 */
export function applyPublishedChangesFromElsewhere(origin) {
  const databaseUrl = process.env.DATABASE_URL;
  const instanceId = process.env.TOPICDESK_INSTANCE_ID;
  const token = process.env.TOPICDESK_INTERNAL_TOKEN;
  if (!databaseUrl || !instanceId || !token) throw new Error('prepareForPublishedChanges() must run before the server starts.');
  return listenForPublishedChanges({
    databaseUrl,
    instanceId,
    deliver: async (change) => {
      const response = await fetch(`${origin}/api/internal/published-change`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(change),
      });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
    },
  });
}
