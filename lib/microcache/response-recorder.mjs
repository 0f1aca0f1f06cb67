// Keeps a copy of what Next writes to a response, for the caches in front of it (microcache.mjs,
// search-pages.mjs). Next may reuse its buffers, so every chunk is copied; the copy is handed
// over only once the whole answer went out ('finish'), so an answer cut short is never kept.

/** Headers that belong to one connection or one transfer, never to a stored answer. */
const PER_TRANSFER = ['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date'];

/**
 * @typedef {{ statusCode: number, headers: import('node:http').OutgoingHttpHeaders, body: Buffer }} RecordedAnswer
 * @param {import('node:http').ServerResponse} response
 * @param {{
 *   isStorable: (statusCode: number, headers: import('node:http').OutgoingHttpHeaders) => boolean,
 *   maxBytes: number,
 *   notStored?: string[],
 *   onRecorded: (answer: RecordedAnswer) => void,
 * }} options `isStorable` is asked at the first byte of the body (when Next has set the status
 *   and every header) and again at the end; `notStored` names further headers to leave out.
 */
export function recordResponse(response, { isStorable, maxBytes, notStored = [], onRecorded }) {
  const { write, end } = response;
  /** @type {Buffer[]} */
  let chunks = [];
  let length = 0;
  let keeping;
  const take = (chunk, encoding) => {
    keeping ??= isStorable(response.statusCode, response.getHeaders());
    if (!keeping || chunk == null || typeof chunk === 'function') return;
    const copy = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk);
    length += copy.length;
    if (length > maxBytes) {
      keeping = false;
      chunks = [];
      return;
    }
    chunks.push(copy);
  };
  response.write = function writeAndKeep(chunk, encoding, callback) {
    take(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  response.end = function endAndKeep(chunk, encoding, callback) {
    take(chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  };
  response.once('finish', () => {
    const headers = response.getHeaders();
    if (!keeping || !isStorable(response.statusCode, headers)) return;
    for (const name of [...PER_TRANSFER, ...notStored]) delete headers[name];
    onRecorded({ statusCode: response.statusCode, headers, body: Buffer.concat(chunks, length) });
  });
}
