import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SearchResults } from '@/components/search/search-results';

// Results for one query: /search?q=… arrives here through next.config's rewrites
// (lib/i18n/locale-rewrites.ts). Rendered on first search, then served from the cache until a
// publish or an edit of a speaker or interview revalidates every result page
// (lib/topics/revalidate.ts), so a popular search costs no render and no query.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ query: string }> };

// Control characters are not text anyone searched for (search treats them as spaces too).
const queryOf = async (params: Props['params']) => (await params).query.slice(0, 200).replace(/[\u0000-\u001f\u007f]/g, ' ');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const query = (await queryOf(params)).trim().slice(0, 100);
  const t = await getTranslations('Search');
  return { title: query ? t('titleWithQuery', { query }) : t('title'), robots: { index: false } };
}

export default async function SearchQueryPage({ params }: Props) {
  return <SearchResults query={await queryOf(params)} />;
}
