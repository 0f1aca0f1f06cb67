import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SearchResults } from '@/components/search/search-results';

// The empty search form. A query (/search?q=…) is served by ./[query]: next.config's rewrites
// turn the query string into that path (lib/i18n/locale-rewrites.ts), so results are cached.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Search');
  return { title: t('title'), robots: { index: false } };
}

export default function SearchPage() {
  return <SearchResults query="" />;
}
