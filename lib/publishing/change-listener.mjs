// Hears every change of the public site, whichever process made it (another app instance, a
// command-line import, a restore), and hands it to this server to apply to its caches. One
// dedicated PostgreSQL connection LISTENs (on the embedded database too: see
// lib/cli/embedded-notifications.mjs). Used by the production server (lib/server).
//
// A notification is delivered when the change commits, so the server reads the new state when
// it renders. While the connection is down nothing is heard: once it is back, the server is told
// that anything may have changed ("everything"), so no change is missed for longer than the
// reconnection takes.
import pg from 'pg';
import { CHANGE_CHANNEL } from './channel.mjs';

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;

/**
 * @param {{
 *   databaseUrl: string;
 *   instanceId: string;
 *   deliver: (change: unknown) => Promise<void>;
 *   log?: (message: string) => void;
 * }} options
 * @returns {{ ready: Promise<void>; stop: () => Promise<void> }}
 */
export function listenForPublishedChanges({ databaseUrl, instanceId, deliver, log = (message) => console.error(message) }) {
  /** @type {pg.Client | null} */
  let client = null;
  let stopped = false;
  let heardBefore = false;
  let retryMs = FIRST_RETRY_MS;
  /** @type {NodeJS.Timeout | undefined} */
  let retryTimer;
  // Changes are applied one after another, in the order they committed.
  let queue = Promise.resolve();
  const hand = (/** @type {unknown} */ change) => {
    queue = queue.then(() => deliver(change)).catch((error) => log(`A change of the public site could not be applied: ${error.message}`));
  };

  /** @type {(value?: void) => void} */
  let markReady = () => {};
  const ready = new Promise((resolve) => (markReady = resolve));

  const retry = () => {
    if (stopped || retryTimer) return;
    const current = client;
    client = null;
    current?.removeAllListeners();
    current?.on('error', () => {});
    current?.end().catch(() => {});
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: databaseUrl, keepAlive: true });
    client = next;
    next.on('error', retry);
    next.on('end', retry);
    next.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
      let announcement;
      try {
        announcement = JSON.parse(message.payload);
      } catch {
        return log(`Ignored an announcement that is not JSON: ${message.payload.slice(0, 200)}`);
      }
      // This server applied its own changes when it made them.
      if (announcement?.origin === instanceId) return;
      hand(announcement?.change);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      if (!stopped) log(`Not listening for changes of the public site yet (${error.message}); retrying.`);
      return retry();
    }
    if (heardBefore) {
      log('Listening for changes of the public site again; refreshing every cached page.');
      hand({ kind: 'everything' });
    }
    heardBefore = true;
    retryMs = FIRST_RETRY_MS;
    markReady();
  };

  connect();
  return {
    ready,
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      const current = client;
      client = null;
      current?.removeAllListeners();
      current?.on('error', () => {});
      await current?.end().catch(() => {});
      await queue;
    },
  };
}
