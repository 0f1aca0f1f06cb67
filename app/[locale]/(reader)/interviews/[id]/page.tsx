import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Ledger } from '@/components/sources/ledger';
import { getInterviewPage } from '@/lib/sources/reader-queries';

// Rendered on first visit, then served from the cache until a publish or an edit of a speaker
// or interview revalidates it (lib/topics/revalidate.ts: revalidateSourcePages), at once.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

const load = cache(getInterviewPage);
type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).id);
  if (!page) return {};
  return { title: `${page.interview.show} · ${page.interview.episodeTitle}`, description: `引用自这期访谈的 ${page.topics.length} 个主题 · Cited by ${page.topics.length} topics` };
}

export default async function InterviewPageView({ params }: Props) {
  const page = await load((await params).id);
  if (!page) notFound();
  const { interview, topics } = page;
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="text-sm text-stone-500 dark:text-stone-400">访谈 · Interview</p>
      <h1 className="text-3xl font-bold">
        {interview.show}
        {interview.episodeNumber && <> #{interview.episodeNumber}</>}
      </h1>
      <p className="mt-1 text-lg">{interview.episodeTitle}</p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {interview.publishedOn && (
          <>
            <dt className="text-stone-500">日期 · Date</dt>
            <dd>
              <time dateTime={interview.publishedOn}>{interview.publishedOn}</time>
            </dd>
          </>
        )}
        <dt className="text-stone-500">原声语言 · Spoken in</dt>
        <dd>{interview.spokenLanguage}</dd>
        <dt className="text-stone-500">文字稿 · Transcript</dt>
        <dd>
          {interview.transcriptLanguage ?? '无 · none'}
          {interview.transcriptNotes && ` · ${interview.transcriptNotes}`}
        </dd>
        {interview.url && (
          <>
            <dt className="text-stone-500">链接 · Link</dt>
            <dd>
              <a href={interview.url} rel="noopener noreferrer nofollow" className="underline underline-offset-2">
                {interview.url}
              </a>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="cited" className="mt-8">
        <h2 id="cited" className="text-xl font-semibold">被哪些主题引用 · Quoted on</h2>
        {topics.length === 0 ? (
          <p className="mt-2 text-sm italic text-stone-500">还没有已发布的主题引用它 · No published topic cites it yet.</p>
        ) : (
          <Ledger topics={topics} showAttribution />
        )}
      </section>
    </article>
  );
}
