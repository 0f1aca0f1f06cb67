'use client';

import { useMemo } from 'react';
import { quoteStatus } from '@/lib/provenance/quote-status';
import { AGAINST_TRANSLATION, STATUS_LABELS, STATUS_TONE } from '@/lib/provenance/status-labels';
import type { Quote } from '@/lib/topics/document';
import { useProvenance } from './provenance-context';
import { formatTimecode } from './timecode';
import { WordDiff } from './word-diff';

/** A quote's provenance in the editor, re-judged as the analyst types: status, time, and the diff. */
export function QuoteStatusBadge({ quote }: { quote: Quote }) {
  const { transcriptInterviews } = useProvenance();
  const hasTranscript = Boolean(quote.interview && transcriptInterviews.has(quote.interview.id));
  const report = useMemo(() => quoteStatus(quote, hasTranscript), [quote, hasTranscript]);
  return (
    <div className="space-y-1" data-quote-status={report.status}>
      <p className="flex flex-wrap items-center gap-2 text-xs">
        <span className={`rounded px-1.5 py-0.5 font-medium ${STATUS_TONE[report.status]}`}>{STATUS_LABELS[report.status]}</span>
        {quote.anchor && (
          <span className="text-stone-500">
            {formatTimecode(quote.anchor.startMs)}–{formatTimecode(quote.anchor.endMs)}
          </span>
        )}
        {report.againstTranslation && quote.anchor && <span className="text-stone-500">{AGAINST_TRANSLATION}</span>}
        {quote.anchor?.differenceNote && report.status === 'differs' && <span className="text-stone-500">说明 · Reason: {quote.anchor.differenceNote}</span>}
      </p>
      {report.diff && <WordDiff parts={report.diff} />}
    </div>
  );
}
