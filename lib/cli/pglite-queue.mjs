// PGlite has one backend session for every socket connection. pglite-socket queues messages
// from all connections and keeps a transaction's messages together, but not the messages of
// one extended-protocol query (Parse, Bind, Describe, Execute … Sync): two connections running
// queries at once could bind each other's unnamed statements. This keeps a connection pinned
// from its first extended-protocol message until its Sync, as it already does for transactions.
const SYNC = 0x53; // 'S'
const SIMPLE_QUERY = 0x51; // 'Q'
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // P B D E C H

export function pinExtendedProtocolToOneConnection(server) {
  const queue = server.queryQueue;
  if (!queue || typeof queue.processQueue !== 'function') {
    throw new Error('pglite-socket changed its internals: review lib/cli/pglite-queue.mjs');
  }
  let pinned = null; // handler id in the middle of an extended-protocol exchange

  queue.processQueue = async function processQueue() {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    while (this.queue.length > 0) {
      const owner = pinned ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
      let item;
      if (owner !== null && owner !== undefined) {
        const index = this.queue.findIndex((queued) => queued.handlerId === owner);
        if (index === -1) break; // wait for the owner's next message
        item = this.queue.splice(index, 1)[0];
      } else {
        item = this.queue.shift();
      }
      const type = item.message[0];
      if (EXTENDED.has(type)) pinned = item.handlerId;
      else if (type === SYNC || type === SIMPLE_QUERY) pinned = null;
      try {
        let bytes = 0;
        await this.db.runExclusive(() =>
          this.db.execProtocolRawStream(item.message, {
            onRawData: (data) => {
              bytes += data.length;
              item.onData(data);
            },
          }),
        );
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      } catch (error) {
        pinned = null;
        item.reject(error);
      }
    }
    this.processing = false;
  };

  // A connection that drops mid-exchange must not keep the others waiting.
  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    if (pinned === handlerId) pinned = null;
    clearQueueForHandler(handlerId);
    queue.processQueue();
  };
}
