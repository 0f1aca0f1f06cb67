import { DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage, type Locale } from './locales';

/** The interface language of a request, as next.config's rewrites choose it (lib/i18n/locale-rewrites.ts). */
export function requestLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * Where a search (/search?q=…) is rendered: /<locale>/search/<query>, a path, so that its
 * result page is cached like any published page. The query is encoded as one path segment
 * (slashes, "%", "?" and "#" included); an empty or blank query has no such page.
 */
export function searchResultsPath(query: string | null, locale: Locale): string | null {
  const trimmed = (query ?? '').slice(0, 200);
  if (!trimmed.trim()) return null;
  return `/${locale}/search/${encodeURIComponent(trimmed)}`;
}
