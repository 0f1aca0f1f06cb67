import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Ledger } from '@/components/sources/ledger';
import { cachedInterviewPage } from '@/lib/published/cached-reads';

// Rendered on first visit, then served from the cache until a publish, a takedown or an edit of
// a speaker or interview expires it (lib/publishing/revalidate.ts, the `records` tag), at once.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

const load = cache(cachedInterviewPage);
type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).id);
  if (!page) return {};
  const t = await getTranslations('Sources');
  return { title: `${page.interview.show} · ${page.interview.episodeTitle}`, description: t('interviewDescription', { count: page.topics.length }) };
}

export default async function InterviewPageView({ params }: Props) {
  const page = await load((await params).id);
  if (!page) notFound();
  const { interview, topics } = page;
  const t = await getTranslations('Sources');
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="text-sm text-stone-500 dark:text-stone-400">{t('interview')}</p>
      <h1 className="text-3xl font-bold">
        {interview.show}
        {interview.episodeNumber && <> #{interview.episodeNumber}</>}
      </h1>
      <p className="mt-1 text-lg">{interview.episodeTitle}</p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {interview.publishedOn && (
          <>
            <dt className="text-stone-500">{t('date')}</dt>
            <dd>
              <time dateTime={interview.publishedOn}>{interview.publishedOn}</time>
            </dd>
          </>
        )}
        <dt className="text-stone-500">{t('spokenIn')}</dt>
        <dd>{interview.spokenLanguage}</dd>
        <dt className="text-stone-500">{t('transcript')}</dt>
        <dd>
          {interview.transcriptLanguage ?? t('none')}
          {interview.transcriptNotes && ` · ${interview.transcriptNotes}`}
        </dd>
        {interview.url && (
          <>
            <dt className="text-stone-500">{t('link')}</dt>
            <dd>
              <a href={interview.url} rel="noopener noreferrer nofollow" className="underline underline-offset-2">
                {interview.url}
              </a>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="cited" className="mt-8">
        <h2 id="cited" className="text-xl font-semibold">{t('quotedOn')}</h2>
        {topics.length === 0 ? (
          <p className="mt-2 text-sm italic text-stone-500">{t('notCited')}</p>
        ) : (
          <Ledger topics={topics} showAttribution />
        )}
      </section>
    </article>
  );
}
