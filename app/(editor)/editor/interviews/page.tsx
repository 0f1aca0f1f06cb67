import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { TrashedNotice } from '@/components/trash/trashed-notice';
import { ListPageHeader } from '@/components/ui/list-page-header';
import { ListSearch } from '@/components/ui/list-search';
import { Pager } from '@/components/ui/pager';
import { requirePageRole } from '@/lib/auth/session';
import { listFilterSchema } from '@/lib/library/list-filter';
import { listInterviews } from '@/lib/interviews/queries';

export const metadata: Metadata = { title: '访谈 · Interviews' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InterviewsPage({ searchParams }: Props) {
  await requirePageRole('ANALYST');
  const params = await searchParams;
  const filter = listFilterSchema.parse(params);
  const { rows, total, pageCount } = await listInterviews(filter);
  const pageLink = (page: number) => `/editor/interviews?${new URLSearchParams({ q: filter.q, page: String(page) })}` as Route;
  return (
    <div className="py-8">
      <ListPageHeader title="访谈 · Interviews" newHref="/editor/interviews/new" newLabel="新访谈 · New interview" />
      {params.trashed === '1' && <TrashedNotice what="访谈" />}
      <ListSearch label="节目、标题或链接 · Show, title or URL" query={filter.q} summary={`共 ${total} 期 · ${total} interviews`} />
      {/* On a phone the language and quote count give way to the show, episode and date. */}
      <table className="mt-4 w-full text-left text-sm">
        <thead className="text-stone-500">
          <tr>
            <th scope="col">节目 · Show</th>
            <th scope="col">单集 · Episode</th>
            <th scope="col">日期 · Date</th>
            <th scope="col" className="max-sm:hidden">语言 · Language</th>
            <th scope="col" className="max-sm:hidden">引语 · Quotes</th>
            <th scope="col">主题 · Topics</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((interview) => (
            <tr key={interview.id} className="border-t border-stone-100 dark:border-stone-800">
              <td className="py-1">
                <Link href={`/editor/interviews/${interview.id}`} className="underline underline-offset-2">{interview.show}</Link>
                {interview.episodeNumber && <> #{interview.episodeNumber}</>}
              </td>
              <td>{interview.episodeTitle}</td>
              <td className="tabular-nums">{interview.publishedOn || '—'}</td>
              <td className="max-sm:hidden">
                {interview.spokenLanguage}
                {interview.transcriptLanguage && interview.transcriptLanguage !== interview.spokenLanguage && ` → ${interview.transcriptLanguage}`}
              </td>
              <td className="max-sm:hidden">{interview.quotes + interview.paraphrases}</td>
              <td>{interview.topics}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={filter.page} pageCount={pageCount} href={pageLink} />
    </div>
  );
}
