import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { MarkedText } from '@/components/search/marked-text';
import { cachedSearchSite } from '@/lib/published/cached-search';
import type { SearchHit } from '@/lib/published/search-reads';

const GROUPS: { kinds: SearchHit['kind'][]; title: 'topics' | 'quotes' | 'consensus' | 'camps' | 'passages' }[] = [
  { kinds: ['TOPIC'], title: 'topics' },
  { kinds: ['QUOTE'], title: 'quotes' },
  { kinds: ['POINT'], title: 'consensus' },
  { kinds: ['CAMP'], title: 'camps' },
  { kinds: ['PARAPHRASE', 'TEXT'], title: 'passages' },
];

/**
 * The search form and, for a query, its results grouped by kind with the matches marked. Each
 * result says what it is and where it leads (data-hit), for tests that read pages over HTTP.
 */
export async function SearchResults({ query }: { query: string }) {
  const results = await cachedSearchSite(query);
  const total = results.hits.length + results.speakers.length + results.interviews.length;
  const t = await getTranslations('Search');
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <form role="search" aria-label={t('pageSearch')} action="/search" className="mt-4 flex gap-2">
        <label htmlFor="search-page-q" className="sr-only">{t('title')}</label>
        <input id="search-page-q" type="search" name="q" defaultValue={query} placeholder={t('placeholder')} className="min-w-0 flex-1 rounded border border-stone-300 bg-transparent px-3 py-2 dark:border-stone-600" />
        <button type="submit" className="rounded bg-stone-900 px-4 py-2 text-white dark:bg-stone-100 dark:text-stone-900">{t('title')}</button>
      </form>
      {results.terms.length > 0 && (
        <p className="mt-4 text-sm text-stone-600 dark:text-stone-300" role="status">
          {total === 0 ? t('nothingFound', { query }) : t('results', { count: total })}
        </p>
      )}
      {GROUPS.map((group) => {
        const hits = results.hits.filter((hit) => group.kinds.includes(hit.kind));
        if (hits.length === 0) return null;
        return (
          <section key={group.title} aria-label={t(group.title)} className="mt-8">
            <h2 className="text-xl font-semibold">{t(group.title)}</h2>
            <ul className="mt-2 space-y-3">
              {hits.map((hit, index) => (
                <li key={`${hit.href}-${index}`} data-hit={`${hit.kind} ${hit.href}`}>
                  <Link href={hit.href as never} className="font-medium underline underline-offset-2">
                    {hit.topic}
                  </Link>
                  <span className="ml-2 text-sm text-stone-500 dark:text-stone-400">{hit.context}</span>
                  <p className="mt-0.5 whitespace-pre-line text-sm leading-relaxed">
                    <MarkedText text={hit.text} words={results.terms} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {results.speakers.length > 0 && (
        <section aria-label={t('speakers')} className="mt-8">
          <h2 className="text-xl font-semibold">{t('speakers')}</h2>
          <ul className="mt-2 space-y-1">
            {results.speakers.map((speaker) => (
              <li key={speaker.slug} data-hit={`SPEAKER /speakers/${speaker.slug}`}>
                <Link href={`/speakers/${speaker.slug}`} className="underline underline-offset-2">
                  <MarkedText text={speaker.name} words={results.terms} />
                </Link>
                {speaker.aliases.length > 0 && <span className="ml-2 text-sm text-stone-500">({speaker.aliases.join('、')})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {results.interviews.length > 0 && (
        <section aria-label={t('interviews')} className="mt-8">
          <h2 className="text-xl font-semibold">{t('interviews')}</h2>
          <ul className="mt-2 space-y-1">
            {results.interviews.map((interview) => (
              <li key={interview.id} data-hit={`INTERVIEW /interviews/${interview.id}`}>
                <Link href={`/interviews/${interview.id}`} className="underline underline-offset-2">
                  <MarkedText text={`${interview.show} · ${interview.episodeTitle}`} words={results.terms} />
                </Link>
                {interview.publishedOn && <span className="ml-2 text-sm text-stone-500">{interview.publishedOn}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
