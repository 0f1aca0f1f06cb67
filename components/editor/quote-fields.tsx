'use client';

import type { Block, Quote } from '@/lib/topics/document';
import { LIMITS } from '@/lib/topics/document';
import type { ListKey } from '@/lib/drafts/changeset';
import { QuoteStatusBadge } from '@/components/transcripts/quote-status-badge';
import { newId, useEditorActions, useFieldIssue } from './editor-context';
import { Field } from './field';
import { InterviewPicker, SpeakersPicker, TopicPicker, topicText } from './ref-pickers';
import { SharedQuoteNotice } from './shared-quote-notice';

type QuoteBlock = Extract<Block, { kind: 'quote' }>;

/** A quote edited inline: both languages, speakers, interview, and where else it is cited. */
export function QuoteFields({ list, block }: { list: ListKey; block: QuoteBlock }) {
  const { edit, quoteUses, sharedEditsAllowed, allowSharedEdit } = useEditorActions();
  const { quote } = block;
  const quoteIssue = useFieldIssue(`${block.id}.quote`);
  const setQuote = (patch: Partial<Quote>) => edit({ type: 'update', list, id: block.id, patch: { quote: { ...quote, ...patch } } });
  const setText = (side: 'original' | 'translation', text: string, lang?: string) => {
    const current = quote[side];
    const fallback = side === 'original' ? 'en' : 'zh';
    // An empty side is no side at all (a quote may survive only in translation).
    setQuote({ [side]: text ? { text, lang: lang ?? current?.lang ?? fallback } : null });
  };
  const elsewhere = quoteUses[quote.id] ?? [];
  // A quote cited elsewhere is one row: its fields wait until the analyst says whether an edit
  // is meant for every topic citing it or only for this one (which forks it).
  const locked = elsewhere.length > 0 && !sharedEditsAllowed.has(quote.id);
  return (
    <div className="space-y-2">
      <QuoteStatusBadge quote={quote} />
      {elsewhere.length > 0 && (
        <SharedQuoteNotice
          titles={elsewhere}
          decided={!locked}
          onEverywhere={() => allowSharedEdit(quote.id)}
          onOnlyHere={() => edit({ type: 'update', list, id: block.id, patch: { quote: { ...quote, id: newId() } } })}
        />
      )}
      {/* Confirming an inferred speaker is this block's own decision, not an edit of the shared quote. */}
      {block.speakersInferredFrom && quote.speakers.length > 0 && (
        <div className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200" role="note">
          <p>讲者由前一段推断,请确认 · Speaker inferred from the paragraph before — confirm</p>
          <p className="mt-1 italic">“{block.speakersInferredFrom}”</p>
          <button type="button" className="mt-1 rounded border border-amber-700 px-2 py-0.5" onClick={() => edit({ type: 'update', list, id: block.id, patch: { speakersInferredFrom: null } })}>
            确认讲者 · Confirm speaker
          </button>
        </div>
      )}
      <fieldset disabled={locked} className="min-w-0 space-y-2 disabled:opacity-60">
      <div className="grid grid-cols-[1fr_5rem] gap-2">
        <Field label="原文 · Original" multiline value={quote.original?.text ?? ''} onChange={(text) => setText('original', text)} issueKey={`${block.id}.quote.original.text`} maxLength={LIMITS.quote} lang={quote.original?.lang} />
        <Field label="语言 · Lang" value={quote.original?.lang ?? 'en'} onChange={(lang) => setText('original', quote.original?.text ?? '', lang)} issueKey={`${block.id}.quote.original.lang`} />
        <Field label="译文 · Translation" multiline value={quote.translation?.text ?? ''} onChange={(text) => setText('translation', text)} issueKey={`${block.id}.quote.translation.text`} maxLength={LIMITS.quote} lang={quote.translation?.lang} />
        <Field label="语言 · Lang" value={quote.translation?.lang ?? 'zh'} onChange={(lang) => setText('translation', quote.translation?.text ?? '', lang)} issueKey={`${block.id}.quote.translation.lang`} />
      </div>
      {quoteIssue && <p className="text-xs text-red-700 dark:text-red-400">{quoteIssue}</p>}
      {/* Picking speakers by hand is a decision, not an inference: it confirms them. */}
      <SpeakersPicker
        label="讲者 · Speakers"
        speakers={quote.speakers}
        onChange={(speakers) => edit({ type: 'update', list, id: block.id, patch: { quote: { ...quote, speakers }, speakersInferredFrom: null } })}
      />
      <InterviewPicker label="访谈 · Interview" interview={quote.interview} onChange={(interview) => setQuote({ interview })} />
      </fieldset>
      {block.seeAlso ? (
        <p className="text-xs">
          见姊妹主题 · See also: {topicText(block.seeAlso)}{' '}
          <button type="button" className="underline" onClick={() => edit({ type: 'update', list, id: block.id, patch: { seeAlso: null } })}>
            移除 · Remove
          </button>
        </p>
      ) : (
        <TopicPicker label="见姊妹主题(可选) · See also (optional)" exclude={[]} onPick={(topic) => edit({ type: 'update', list, id: block.id, patch: { seeAlso: topic } })} />
      )}
    </div>
  );
}
