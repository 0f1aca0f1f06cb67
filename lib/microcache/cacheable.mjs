// Which requests the microcache may answer, and which of Next's responses it may keep.
//
// It keeps only what Next itself answered from its incremental cache (a published page rendered
// once for every reader: `x-nextjs-cache`, a public `s-maxage`, no cookie set). Such a page
// cannot read the request, so what decides its bytes is the host and address and what Next's
// routing reads first: the language rewrites and proxy.ts read the Cookie and Accept-Language
// headers, and compression reads Accept-Encoding. The key holds those headers as they came,
// unparsed, so no request can be filed under another's key (Next decodes a cookie written
// `NEXT_LOCALE=%65n` to `en`; a key built from a parsed cookie could tell it apart wrongly).

/** Headers a client navigation of Next's router sends: its answers are RSC payloads, not pages. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'next-action'];

/** Headers the key holds as they came; a kept response may vary on them. */
const KEYED_HEADERS = ['host', 'cookie', 'accept-language', 'accept-encoding'];

/** Request headers a kept response may vary on: the keyed ones, and router headers (absent from every keyed request). */
const VARY_COVERED = new Set([...ROUTER_HEADERS, ...KEYED_HEADERS]);

const SEPARATOR = '\n';

/**
 * The key a request's answer is filed under, or null when the microcache must not answer it
 * (only GET and HEAD of a page; never a client navigation, a credentialed or a partial request).
 * @param {import('node:http').IncomingMessage} request
 * @returns {string | null}
 */
export function cacheKeyOf(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const { headers } = request;
  if (headers.authorization !== undefined || headers.range !== undefined) return null;
  for (const name of ROUTER_HEADERS) if (headers[name] !== undefined) return null;
  // Node's parser refuses a line feed in the request target and in header values: parts cannot run together.
  return [request.url ?? '', ...KEYED_HEADERS.map((name) => headers[name] ?? '')].join(SEPARATOR);
}

/** @param {unknown} value */
const headerText = (value) => (Array.isArray(value) ? value.join(', ') : String(value ?? '')).toLowerCase();

/**
 * Whether a response Next has sent may be kept and sent again to requests with the same key.
 * @param {number} statusCode
 * @param {import('node:http').OutgoingHttpHeaders} headers as `response.getHeaders()` gives them (names in lower case)
 */
export function isStorable(statusCode, headers) {
  if (statusCode !== 200) return false;
  // HIT or MISS (rendered now, and kept by Next): the page as every reader gets it. A STALE one is
  // being rendered anew right now; the next request should have the fresh copy.
  const served = headerText(headers['x-nextjs-cache']);
  if (served !== 'hit' && served !== 'miss') return false;
  const cacheControl = headerText(headers['cache-control']);
  if (!/(?:^|[,\s])s-maxage=\d+/.test(cacheControl) || /\b(?:private|no-store|no-cache)\b/.test(cacheControl)) return false;
  if (headers['set-cookie'] !== undefined) return false;
  const vary = headerText(headers.vary).split(',').map((name) => name.trim()).filter(Boolean);
  return vary.every((name) => VARY_COVERED.has(name));
}
