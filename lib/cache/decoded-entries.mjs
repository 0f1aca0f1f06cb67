// The shared cache's entries as this process last decoded them, least recently used first
// out once their serialized size passes the budget. An entry is only ever handed out for the
// stamp it was stored with, so a rewrite on any instance (a new stamp) is never answered with
// the old copy.
export class DecodedEntries {
  #entries = new Map();
  #bytes = 0;

  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }

  get(key, stamp) {
    const found = this.#entries.get(key);
    if (!found || found.stamp !== stamp) return undefined;
    // Map keeps insertion order: re-inserting marks it as the most recently used.
    this.#entries.delete(key);
    this.#entries.set(key, found);
    return found.entry;
  }

  set(key, stamp, entry, bytes) {
    this.delete(key);
    if (bytes > this.maxBytes) return;
    this.#entries.set(key, { stamp, entry, bytes });
    this.#bytes += bytes;
    for (const [oldest, { bytes: size }] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= size;
    }
  }

  delete(key) {
    const found = this.#entries.get(key);
    if (!found) return;
    this.#entries.delete(key);
    this.#bytes -= found.bytes;
  }

  get size() {
    return this.#entries.size;
  }

  get bytes() {
    return this.#bytes;
  }
}
