import type { Route } from 'next';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Pager } from '@/components/ui/pager';
import type { SpeakerList } from '@/lib/published/speaker-list-reads';
import { MAX_CHANGED_DAYS, type SpeakerListFilter } from '@/lib/published/speaker-list-reads-bounds';

/**
 * /speakers: a plain GET form (works without script; the filter stays in the address) and a
 * table of speakers with their topic and camp counts, each linking to the speaker's page.
 */
export function SpeakerDirectory({ filter, list, href }: { filter: SpeakerListFilter; list: SpeakerList; href: (page: number) => Route }) {
  const t = useTranslations('SpeakerList');
  const filtered = Boolean(filter.query) || filter.changedWithinDays !== null;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">{t('intro')}</p>
      <form role="search" aria-label={t('filterLabel')} action="/speakers" className="mt-6 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          {t('query')}
          <input type="search" name="q" defaultValue={filter.query} maxLength={100} className="mt-1 rounded border border-stone-300 bg-transparent px-2 py-1 dark:border-stone-600" />
        </label>
        <fieldset className="flex flex-col">
          <legend>{t('changedWithin')}</legend>
          <label className="mt-1 flex items-center gap-2">
            <span className="sr-only">{t('days', { max: MAX_CHANGED_DAYS })}</span>
            <input
              type="number"
              name="days"
              min={1}
              max={MAX_CHANGED_DAYS}
              defaultValue={filter.changedWithinDays ?? ''}
              className="w-24 rounded border border-stone-300 bg-transparent px-2 py-1 dark:border-stone-600"
            />
            <span aria-hidden="true" className="text-stone-500 dark:text-stone-400">
              1–{MAX_CHANGED_DAYS}
            </span>
          </label>
        </fieldset>
        <button type="submit" className="rounded border border-stone-400 px-3 py-1">
          {t('submit')}
        </button>
        {filtered && (
          <Link href={'/speakers' as Route} prefetch={false} className="underline underline-offset-2">
            {t('clear')}
          </Link>
        )}
      </form>
      {filter.changedWithinDays !== null && <p className="mt-3 text-sm text-stone-600 dark:text-stone-300">{t('changedNote', { days: filter.changedWithinDays })}</p>}
      {list.speakers.length === 0 ? (
        <p className="mt-8 italic text-stone-500 dark:text-stone-400">{t('none')}</p>
      ) : (
        <table className="mt-6 w-full text-left text-sm" data-speaker-list="">
          <caption className="sr-only">{t('tableCaption', { page: list.page })}</caption>
          <thead>
            <tr className="border-b border-stone-300 dark:border-stone-700">
              <th scope="col" className="py-2 pr-3">{t('name')}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t('topics')}</th>
              <th scope="col" className="py-2 text-right">{t('camps')}</th>
            </tr>
          </thead>
          <tbody>
            {list.speakers.map((speaker) => (
              <tr key={speaker.slug} className="border-b border-stone-200 dark:border-stone-800">
                <td className="py-2 pr-3">
                  <Link href={`/speakers/${speaker.slug}`} prefetch={false} className="underline underline-offset-2">
                    {speaker.name}
                  </Link>
                  {speaker.aliases.length > 0 && <span className="ml-2 text-stone-500 dark:text-stone-400">{speaker.aliases.join('、')}</span>}
                </td>
                <td className="py-2 pr-3 text-right tabular-nums">{speaker.topicCount}</td>
                <td className="py-2 text-right tabular-nums">{speaker.campCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={list.page} hasMore={list.hasMore} href={href} />
    </div>
  );
}
