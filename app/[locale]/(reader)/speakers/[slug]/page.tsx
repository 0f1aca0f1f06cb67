import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { Ledger } from '@/components/sources/ledger';
import { SpeakerPositions } from '@/components/sources/speaker-positions';
import { StanceMap } from '@/components/sources/stance-map';
import { cachedSpeakerPage } from '@/lib/published/cached-reads';
import { affiliationPeriod } from '@/lib/speakers/affiliation-period';
import { lowerCaseSlug } from '@/lib/text/slug-case';

// Rendered on first visit, then served from the cache until a publish, a takedown or an edit of
// a speaker or interview expires it (lib/publishing/revalidate.ts, the `records` tag), at once.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

const load = cache(cachedSpeakerPage);
type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug);
  if (!page || 'redirectTo' in page) return {};
  const t = await getTranslations('Sources');
  const name = page.speaker.affiliation ? `${page.speaker.name} (${page.speaker.affiliation})` : page.speaker.name;
  return { title: page.speaker.name, description: t('speakerDescription', { name, count: page.topics.length }) };
}

export default async function SpeakerPageView({ params }: Props) {
  const { slug } = await params;
  // Addresses are lower case; one typed otherwise goes to the page it names.
  const lower = lowerCaseSlug(slug);
  if (lower) permanentRedirect(`/speakers/${lower}`);
  const page = await load(slug);
  if (!page) notFound();
  if ('redirectTo' in page) permanentRedirect(`/speakers/${page.redirectTo}`);
  const { speaker, affiliations, topics, positions } = page;
  const t = await getTranslations('Sources');
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="text-sm text-stone-500 dark:text-stone-400">{t('speaker')}</p>
      <h1 className="text-3xl font-bold">{speaker.name}</h1>
      {speaker.affiliation && <p className="mt-1 text-stone-600 dark:text-stone-300">{speaker.affiliation}</p>}
      {speaker.aliases.length > 0 && <p className="mt-1 text-sm text-stone-500">{t('alsoKnownAs', { aliases: speaker.aliases.join('、') })}</p>}
      {speaker.bio && <p className="mt-4 leading-relaxed">{speaker.bio}</p>}
      {speaker.links.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-3 text-sm">
          {speaker.links.map((link) => (
            <li key={link}>
              <a href={link} rel="noopener noreferrer nofollow" className="underline underline-offset-2">
                {new URL(link).hostname}
              </a>
            </li>
          ))}
        </ul>
      )}
      {affiliations.length > 0 && (
        <section aria-labelledby="affiliations" className="mt-8">
          <h2 id="affiliations" className="text-xl font-semibold">{t('affiliations')}</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {affiliations.map((a, i) => (
              <li key={i}>
                {a.organisation}
                {a.role && ` · ${a.role}`}
                <span className="tabular-nums text-stone-500">
                  {' · '}
                  {affiliationPeriod(a, { now: t('now'), until: (date) => t('until', { date }) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <SpeakerPositions topics={positions} />
      <section aria-labelledby="ledger" className="mt-8">
        <h2 id="ledger" className="text-xl font-semibold">{t('ledger')}</h2>
        <StanceMap name={speaker.name} topics={topics} />
        <Ledger topics={topics} showAttribution={false} />
      </section>
    </article>
  );
}
