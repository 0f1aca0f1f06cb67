import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { QuoteRowActions } from '@/components/quotes/quote-row-actions';
import { Pager } from '@/components/ui/pager';
import { requirePageRole } from '@/lib/auth/session';
import { listQuotes } from '@/lib/quotes/queries';
import { quoteFilterSchema } from '@/lib/quotes/schema';
import { PROVENANCE_FILTERS, STATUS_SCAN_LIMIT } from '@/lib/provenance/library-status';
import { AGAINST_TRANSLATION, STATUS_LABELS, STATUS_TONE } from '@/lib/provenance/status-labels';

export const metadata: Metadata = { title: '引语库 · Quote library' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const field = 'mt-1 rounded border border-stone-300 bg-transparent px-2 py-1 dark:border-stone-600';

export default async function QuoteLibraryPage({ searchParams }: Props) {
  await requirePageRole('ANALYST');
  const filter = quoteFilterSchema.parse(await searchParams);
  const { rows, hasMore } = await listQuotes(filter);
  const pageLink = (page: number) => {
    const query = Object.fromEntries(Object.entries({ ...filter, page: String(page) }).filter(([, v]) => v !== '').map(([k, v]) => [k, String(v)]));
    return `/editor/quotes?${new URLSearchParams(query)}` as Route;
  };
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold">引语库 · Quote library</h1>
      <form role="search" aria-label="筛选引语 · Filter quotes" className="mt-4 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <label className="flex flex-col">文字 · Words<input type="search" name="q" defaultValue={filter.q} className={field} /></label>
        <label className="flex flex-col">讲者 · Speaker<input name="speaker" defaultValue={filter.speaker} className={field} /></label>
        <label className="flex flex-col">访谈 · Interview<input name="interview" defaultValue={filter.interview} className={field} /></label>
        <label className="flex flex-col">主题 · Topic<input name="topic" defaultValue={filter.topic} className={field} /></label>
        <label className="flex flex-col">语言 · Language<input name="lang" defaultValue={filter.lang} placeholder="en, zh…" className={field} /></label>
        <label className="flex flex-col">
          译文 · Translation
          <select name="translation" defaultValue={filter.translation} className={field}>
            <option value="">不限 · Any</option>
            <option value="yes">有 · Has one</option>
            <option value="no">无 · None</option>
          </select>
        </label>
        <label className="flex flex-col">
          使用 · Use
          <select name="used" defaultValue={filter.used} className={field}>
            <option value="">不限 · Any</option>
            <option value="used">已引用 · Used</option>
            <option value="unused">未引用 · Unused</option>
          </select>
        </label>
        <label className="flex flex-col">
          出处 · Provenance
          <select name="status" defaultValue={filter.status} className={field}>
            <option value="">不限 · Any</option>
            {PROVENANCE_FILTERS.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-end gap-1">
          <input type="checkbox" name="stale" value="1" defaultChecked={filter.stale === '1'} /> 译文可能过时 · Translation may be stale
        </label>
        <button type="submit" className="rounded border border-stone-400 px-3 py-1">筛选 · Filter</button>
        <Link href="/editor/quotes" className="self-center underline">清除 · Clear</Link>
      </form>
      {(filter.status === 'verified' || filter.status === 'differs') && (
        <p className="mt-2 text-xs text-stone-500">
          按原话核对需逐条比较,只查看最近的 {STATUS_SCAN_LIMIT.toLocaleString('en')} 条已锚定引语 · Judged quote by quote: the newest {STATUS_SCAN_LIMIT.toLocaleString('en')} anchored quotes are looked at.
        </p>
      )}
      {rows.length === 0 ? (
        <p className="mt-6 italic text-stone-500">没有符合条件的引语 · No quotes match.</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {rows.map((quote) => (
            <li key={quote.id} className="rounded border border-stone-200 p-3 dark:border-stone-800" data-quote-id={quote.id}>
              {quote.original && <p lang={quote.original.lang} className="font-serif">“{quote.original.text}”</p>}
              {quote.translation && <p lang={quote.translation.lang} className="mt-1 text-stone-700 dark:text-stone-300">「{quote.translation.text}」</p>}
              <p className="mt-1 text-xs">
                <span className={`rounded px-1.5 py-0.5 ${STATUS_TONE[quote.status]}`}>{STATUS_LABELS[quote.status]}</span>
                {quote.againstTranslation && quote.status !== 'no-transcript' && quote.status !== 'unanchored' && <span className="ml-2 text-stone-500">{AGAINST_TRANSLATION}</span>}
              </p>
              {quote.stale && (
                <p className="mt-1 inline-block rounded bg-amber-100 px-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
                  原文在译文之后改过,译文可能过时 · The original changed after the translation: it may be stale
                </p>
              )}
              <p className="mt-1 text-sm text-stone-500">
                {quote.speakers.join(' / ') || '未署名 · unattributed'}
                {quote.interview && ` · ${quote.interview}`}
              </p>
              <p className="mt-1 text-xs">
                {quote.uses.length === 0
                  ? '未被引用 · Not used'
                  : quote.uses.map((use, i) => (
                      <span key={`${use.topicId}-${i}`}>
                        {i > 0 && '、'}
                        <Link href={`/editor/topics/${use.topicId}`} className="underline underline-offset-2">
                          {use.titleZh}
                        </Link>{' '}
                        ({use.place})
                      </span>
                    ))}
              </p>
              <div className="mt-2">
                <QuoteRowActions id={quote.id} stale={quote.stale} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager page={filter.page} hasMore={hasMore} href={pageLink} />
    </div>
  );
}
