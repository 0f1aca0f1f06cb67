// Lets a publish forget the microcached pages of the server it runs in.
//
// The server (lib/server/production-server.mjs) loads the microcache as a plain module; a server
// action reaches this file through Next's bundle, which is another copy of it. A process-wide
// symbol is what the two copies share.
const MICROCACHES = Symbol.for('topic-desk.microcaches');

/** @returns {Set<{ clear(): void }>} */
function registered() {
  const scope = /** @type {Record<symbol, Set<{ clear(): void }> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (scope[MICROCACHES] ??= new Set());
}

/**
 * Makes `cache` forgettable by forgetMicrocachedPages(); returns the function that undoes it.
 * @param {{ clear(): void }} cache
 */
export function registerMicrocache(cache) {
  registered().add(cache);
  return () => registered().delete(cache);
}

/** Every microcache in this process forgets what it holds (a no-op where the server runs none). */
export function forgetMicrocachedPages() {
  for (const cache of registered()) cache.clear();
}
