// LISTEN/NOTIFY for the embedded database. PGlite runs one PostgreSQL backend shared by every
// client of its socket server (@electric-sql/pglite-socket), which writes each statement's
// output to the client that sent it: a notification therefore reaches the connection that
// committed the NOTIFY, never the one that is LISTENing. This relay reads the notifications out
// of the backend's output and sends a copy to every other connected client, which is what a
// PostgreSQL server does for the clients that listen (a client that does not listen ignores
// it: NotificationResponse is an asynchronous message clients must accept at any time).
//
// It relies on two things of pglite-socket 0.2.17 (pinned in package.json): statements run one
// at a time through `db.execProtocolRawStream`, and the server keeps its connections in
// `handlers`, each with its `socket`. The relay writes between two statements, when no other
// output is in flight, so a copy never lands inside another message.

const NOTIFICATION = 0x41; // 'A', NotificationResponse

/** Collects the NotificationResponse messages of one statement's output, across chunks. */
export function notificationScanner() {
  let header = Buffer.alloc(0);
  let skip = 0;
  /** @type {{ bytes: Buffer; filled: number } | null} */
  let capture = null;
  /** @type {Buffer[]} */
  const found = [];
  return {
    found,
    /** @param {Uint8Array} data */
    push(data) {
      const chunk = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      let at = 0;
      while (at < chunk.length) {
        if (skip > 0) {
          const n = Math.min(skip, chunk.length - at);
          skip -= n;
          at += n;
        } else if (capture) {
          const n = Math.min(capture.bytes.length - capture.filled, chunk.length - at);
          chunk.copy(capture.bytes, capture.filled, at, at + n);
          capture.filled += n;
          at += n;
          if (capture.filled === capture.bytes.length) {
            found.push(capture.bytes);
            capture = null;
          }
        } else {
          const n = Math.min(5 - header.length, chunk.length - at);
          header = Buffer.concat([header, chunk.subarray(at, at + n)]);
          at += n;
          if (header.length < 5) continue;
          // A message is its type byte, then its length (counting the length itself), then the body.
          const body = header.readInt32BE(1) - 4;
          if (header[0] === NOTIFICATION) {
            capture = { bytes: Buffer.alloc(5 + body), filled: 5 };
            header.copy(capture.bytes, 0);
            if (body === 0) {
              found.push(capture.bytes);
              capture = null;
            }
          } else {
            skip = body;
          }
          header = Buffer.alloc(0);
        }
      }
    },
  };
}

/**
 * Makes NOTIFY reach every client of the embedded database's socket server.
 * @param {{ execProtocolRawStream: (message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }) => Promise<unknown> }} db
 * @param {{ handlers?: Set<{ socket: import('node:net').Socket | null }> }} server
 */
export function relayNotifications(db, server) {
  const run = db.execProtocolRawStream.bind(db);
  db.execProtocolRawStream = async (message, options) => {
    const scanner = notificationScanner();
    const result = await run(message, {
      ...options,
      onRawData: (data) => {
        scanner.push(data);
        options.onRawData(data);
      },
    });
    for (const notification of scanner.found) {
      for (const handler of server.handlers ?? []) {
        if (handler.socket?.writable) handler.socket.write(notification);
      }
    }
    return result;
  };
}
