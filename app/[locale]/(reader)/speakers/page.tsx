import type { Metadata, Route } from 'next';
import { getTranslations } from 'next-intl/server';
import { SpeakerDirectory } from '@/components/sources/speaker-directory';
import { cachedSpeakerList } from '@/lib/published/cached-reads';
import { parseSpeakerListParams } from '@/lib/published/speaker-list-params';

// /speakers: everyone the published pages cite, searchable, with the filter "changed position in
// the last N days". Its filters are in the address, so it is rendered for each request, like
// /search; the unfiltered pages' data is cached (lib/published/cached-reads.ts) and expired by
// every publish and every edit of a speaker.
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations('SpeakerList');
  const filter = parseSpeakerListParams(await searchParams);
  const filtered = filter.query || filter.changedWithinDays !== null || filter.page > 1;
  // Filtered views are not pages of their own for search engines.
  return { title: t('pageTitle'), description: t('description'), alternates: { canonical: '/speakers' }, ...(filtered ? { robots: { index: false } } : {}) };
}

export default async function SpeakersPage({ searchParams }: Props) {
  const filter = parseSpeakerListParams(await searchParams);
  const list = await cachedSpeakerList(filter);
  const href = (page: number) => {
    const params = new URLSearchParams();
    if (filter.query) params.set('q', filter.query);
    if (filter.changedWithinDays !== null) params.set('days', String(filter.changedWithinDays));
    if (page > 1) params.set('page', String(page));
    const query = params.toString();
    return (query ? `/speakers?${query}` : '/speakers') as Route;
  };
  return <SpeakerDirectory filter={filter} list={list} href={href} />;
}
