import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SearchResults } from '@/components/search/search-results';
import { parseSearchQuery } from '@/lib/search/query';

// The search form and, for /search?q=…, its results. Rendered for each request: a query is not
// a page to keep in Next's cache, where a flood of unique ones would push out the topic pages.
// Results of the queries readers repeat are kept in a bounded cache of their own
// (lib/published/search-cache.ts). The header's box, this page's form, a pasted address and a
// link from elsewhere all arrive here the same way: the query string, decoded by Next.
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The query as the reader typed it (the first q when an address repeats it). */
const queryOf = async (searchParams: Props['searchParams']) => {
  const q = (await searchParams).q;
  return parseSearchQuery(Array.isArray(q) ? q[0] : q).shown;
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = (await queryOf(searchParams)).slice(0, 100);
  const t = await getTranslations('Search');
  return { title: query ? t('titleWithQuery', { query }) : t('title'), robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  return <SearchResults query={await queryOf(searchParams)} />;
}
