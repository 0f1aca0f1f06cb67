// The public addresses that serve either interface language, chosen per request by the
// NEXT_LOCALE cookie, then Accept-Language (lib/i18n/locale-rewrites.ts). One pattern for the
// rewrites and for the Vary header the production server adds to their answers
// (lib/server/production-server.mjs), so that a cache never hands one reader's language to
// another. Next cannot add it from next.config headers(): its app-page handler sets Vary itself,
// replacing what the config set.

/** The path after its first slash, as the rewrites' `/:path(…)` pattern matches it. */
export const LOCALIZED_PAGE_PATTERN = '(?!(?:api|_next|editor|admin|account|login|zh|en)(?:/|$))(?!.*\\.[A-Za-z0-9]+$).+';

const LOCALIZED = new RegExp(`^/(?:${LOCALIZED_PAGE_PATTERN})?$`);

/** Whether a request path (with or without its query) is answered in the reader's language. */
export const isLocalizedPath = (url) => LOCALIZED.test(url.split('?')[0] ?? '');

/** What those answers vary by. */
export const LANGUAGE_VARY = 'Cookie, Accept-Language';

/** `vary` with LANGUAGE_VARY's names added where missing. */
export function withLanguageVary(vary) {
  const names = String(vary ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const lower = new Set(names.map((name) => name.toLowerCase()));
  for (const name of LANGUAGE_VARY.split(', ')) if (!lower.has(name.toLowerCase())) names.push(name);
  return names.join(', ');
}

/**
 * Makes a localized page's response say `Vary: Cookie, Accept-Language`, whatever Vary the
 * handler sets afterwards (Next sets its own with setHeader, and may append more).
 * @param {import('node:http').ServerResponse} response
 */
export function varyByLanguage(response) {
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (name, value) => setHeader(name, String(name).toLowerCase() === 'vary' ? withLanguageVary(Array.isArray(value) ? value.join(', ') : value) : value);
  setHeader('Vary', LANGUAGE_VARY);
}
