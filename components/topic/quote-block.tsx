import { useTranslations } from 'next-intl';
import type { Block } from '@/lib/topics/document';
import { LightMarkdown } from '@/components/ui/light-markdown';
import { Attribution } from './attribution';
import { QuoteProvenance } from './quote-provenance';

/**
 * A verbatim quote: the original first, its translation under it, then who said it and where.
 * A translation-only quote is marked as such, since the reader cannot check the wording.
 */
export function QuoteBlock({
  block,
  showAttribution,
}: {
  block: Extract<Block, { kind: 'quote' }>;
  showAttribution: boolean;
}) {
  const { quote } = block;
  const t = useTranslations('Topic');
  return (
    <figure className="my-4 border-l-4 border-stone-800 pl-4 dark:border-stone-300" data-block="quote">
      <blockquote>
        {quote.original && (
          <p lang={quote.original.lang} data-quote-part={quote.translation ? 'original' : undefined} className="font-serif text-lg leading-relaxed">
            &ldquo;{quote.original.text}&rdquo;
          </p>
        )}
        {quote.translation && (
          <p
            lang={quote.translation.lang}
            data-quote-part={quote.original ? 'translation' : undefined}
            className={quote.original ? 'mt-1 leading-relaxed text-stone-700 dark:text-stone-300' : 'leading-relaxed'}
          >
            {/* The translation is the editor's text, so it may carry emphasis; the original stays verbatim. */}
            {quote.original ? (
              <>
                「<LightMarkdown source={quote.translation.text} />」
              </>
            ) : (
              <LightMarkdown source={quote.translation.text} />
            )}
          </p>
        )}
      </blockquote>
      {!quote.original && (
        <p className="mt-1 text-xs text-stone-500 dark:text-stone-400">{t('translationOnly')}</p>
      )}
      <QuoteProvenance quote={quote} />
      {showAttribution && (
        <figcaption>
          <Attribution speakers={quote.speakers} interview={quote.interview} seeAlso={block.seeAlso} />
        </figcaption>
      )}
    </figure>
  );
}
