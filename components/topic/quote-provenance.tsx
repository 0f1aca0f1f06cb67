import { useTranslations } from 'next-intl';
import { formatTimecode } from '@/components/transcripts/timecode';
import { quoteStatus } from '@/lib/provenance/quote-status';
import { timecodeUrl } from '@/lib/provenance/timecode-links';
import type { Quote } from '@/lib/topics/document';

/**
 * Under a verified quote: when it was said, linked to that moment of the episode where its host
 * allows, and the passage around it from a public transcript. A quote published with a reason
 * for differing from what was said shows the reason instead. Judged from the published document
 * alone.
 */
export function QuoteProvenance({ quote }: { quote: Quote }) {
  const t = useTranslations('Topic');
  const anchor = quote.anchor;
  if (!anchor) return null;
  const { status } = quoteStatus(quote, true);
  if (status === 'differs' && anchor.differenceNote) {
    return <p className="mt-1 text-xs text-stone-500 dark:text-stone-400">{t('differenceNote', { note: anchor.differenceNote })}</p>;
  }
  if (status !== 'verified') return null;
  const time = formatTimecode(anchor.startMs);
  const href = timecodeUrl(quote.interview?.url ?? null, anchor.startMs);
  return (
    <div className="mt-1 text-xs text-stone-500 dark:text-stone-400" data-timecode={Math.floor(anchor.startMs / 1000)}>
      {href ? (
        <a href={href} className="underline underline-offset-2" rel="noopener">
          ▶ {t('listenAt', { time })}
        </a>
      ) : (
        <span>{t('saidAt', { time })}</span>
      )}
      {anchor.passage && (
        <details className="mt-1">
          <summary className="cursor-pointer">{t('transcriptPassage')}</summary>
          <p className="mt-1 whitespace-pre-line" lang={anchor.lang}>
            {anchor.passage}
          </p>
        </details>
      )}
    </div>
  );
}
