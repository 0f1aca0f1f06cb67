import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { LedgerTopic } from '@/lib/published/source-reads';
import { campIdAnchor } from '@/lib/topics/camp-labels';
import { ParaphraseBlock } from '@/components/topic/block-list';
import { QuoteBlock } from '@/components/topic/quote-block';

/**
 * Published topics with what a person (or an interview) contributed to each, newest first:
 * where on the page (camp or consensus) and the quotes and paraphrases themselves.
 */
export function Ledger({ topics, showAttribution }: { topics: LedgerTopic[]; showAttribution: boolean }) {
  const t = useTranslations('Sources');
  return (
    <ol className="mt-4 space-y-10">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <h3 className="text-lg font-semibold">
            <Link href={`/topics/${topic.slug}`} className="underline underline-offset-2">
              {topic.titleZh} · {topic.titleEn}
            </Link>
            {topic.publishedOn && <span className="ml-2 text-sm font-normal text-stone-500 dark:text-stone-400">{topic.publishedOn}</span>}
          </h3>
          <ul className="mt-2 space-y-3">
            {topic.entries.map((entry, index) => {
              const where =
                entry.place.type === 'camp' ? (
                  <Link href={`/topics/${topic.slug}#${campIdAnchor(entry.place)}`} className="underline underline-offset-2">
                    {t('campPlace', { label: entry.place.label })} · “{entry.place.stance}”
                  </Link>
                ) : (
                  <Link href={`/topics/${topic.slug}#point-${entry.place.id}`} className="underline underline-offset-2">
                    {t('consensusPlace')} · {entry.place.statement.slice(0, 60)}
                  </Link>
                );
              return (
                <li key={entry.blockId ?? `${entry.kind}-${index}`}>
                  <p className="text-sm text-stone-600 dark:text-stone-300">
                    {entry.kind === 'MEMBER' ? t('member') : entry.kind === 'QUOTE' ? t('quotedIn') : t('paraphrasedIn')}
                    {where}
                  </p>
                  {entry.quote && entry.blockId && (
                    <QuoteBlock block={{ id: entry.blockId, kind: 'quote', quote: entry.quote, seeAlso: null }} showAttribution={showAttribution} />
                  )}
                  {entry.paraphrase && <ParaphraseBlock block={entry.paraphrase} />}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
