import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { TrashedNotice } from '@/components/trash/trashed-notice';
import { ListPageHeader } from '@/components/ui/list-page-header';
import { ListSearch } from '@/components/ui/list-search';
import { Pager } from '@/components/ui/pager';
import { requirePageRole } from '@/lib/auth/session';
import { listFilterSchema } from '@/lib/library/list-filter';
import { listSpeakers } from '@/lib/speakers/queries';

export const metadata: Metadata = { title: '讲者 · Speakers' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SpeakersPage({ searchParams }: Props) {
  await requirePageRole('ANALYST');
  const params = await searchParams;
  const filter = listFilterSchema.parse(params);
  const { rows, total, pageCount } = await listSpeakers(filter);
  const pageLink = (page: number) => `/editor/speakers?${new URLSearchParams({ q: filter.q, page: String(page) })}` as Route;
  return (
    <div className="py-8">
      <ListPageHeader title="讲者 · Speakers" newHref="/editor/speakers/new" newLabel="新讲者 · New speaker" />
      {params.trashed === '1' && <TrashedNotice what="讲者" />}
      <ListSearch label="姓名或别名 · Name or alias" query={filter.q} summary={`共 ${total} 位 · ${total} speakers`} />
      {/* On a phone the counts of camps and paraphrases give way to the name and affiliation. */}
      <table className="mt-4 w-full text-left text-sm">
        <thead className="text-stone-500">
          <tr>
            <th scope="col">姓名 · Name</th>
            <th scope="col">机构 · Affiliation</th>
            <th scope="col">引语 · Quotes</th>
            <th scope="col" className="max-sm:hidden">阵营 · Camps</th>
            <th scope="col" className="max-sm:hidden">转述 · Paraphrases</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((speaker) => (
            <tr key={speaker.id} className="border-t border-stone-100 dark:border-stone-800">
              <td className="py-1">
                <Link href={`/editor/speakers/${speaker.id}`} className="underline underline-offset-2">{speaker.name}</Link>
                {speaker.aliases.length > 0 && <span className="ml-1 text-xs text-stone-500">({speaker.aliases.join('、')})</span>}
              </td>
              <td>{speaker.affiliation ?? '—'}</td>
              <td>{speaker.quotes}</td>
              <td className="max-sm:hidden">{speaker.camps}</td>
              <td className="max-sm:hidden">{speaker.paraphrases}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={filter.page} pageCount={pageCount} href={pageLink} />
    </div>
  );
}
