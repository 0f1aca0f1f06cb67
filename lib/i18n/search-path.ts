import type { Locale } from './locales';

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
