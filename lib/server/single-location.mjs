// Next 16 answers the first render of a cached page that redirects (permanentRedirect in a
// page: /topics/UPPER-CASE → /topics/upper-case) with its Location header twice, once set by
// the render and once from the cache entry it writes. Identical copies are harmless to a
// browser but not to every client or CDN (some join them into "a, a", an address that does not
// exist). This keeps one copy of each distinct value when the head is written.

/** @param {import('node:http').ServerResponse} response */
export function keepOneLocation(response) {
  const { writeHead } = response;
  response.writeHead = function writeHeadWithOneLocation(...args) {
    const location = this.getHeader('location');
    if (Array.isArray(location)) {
      const distinct = [...new Set(location)];
      this.setHeader('location', distinct.length === 1 ? distinct[0] : distinct);
    }
    return writeHead.apply(this, args);
  };
}
