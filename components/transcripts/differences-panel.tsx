'use client';

import { useState } from 'react';
import { differenceNoteAction } from '@/app/(editor)/editor/topics/[id]/provenance-actions';
import { newId, useEditorActions } from '@/components/editor/editor-context';
import { quoteStatus } from '@/lib/provenance/quote-status';
import { topicQuotes } from '@/lib/provenance/topic-quotes';
import type { TopicDocument } from '@/lib/topics/document';
import { useProvenance } from './provenance-context';
import { WordDiff } from './word-diff';

// Beside the publish button: each quote that differs from what was said, with the diff and the
// ways out: fix the words (in the quote above), give a reason, mark it edited for length, or
// turn it into a paraphrase (which says why it is not verbatim).

export const EDITED_FOR_LENGTH = '为篇幅删节 · Edited for length';

export function DifferencesPanel({ draft }: { draft: TopicDocument }) {
  const { topicId, edit } = useEditorActions();
  const { adopt } = useProvenance();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const differing = topicQuotes(draft).filter(({ quote }) => quote.anchor && !quote.anchor.differenceNote && quoteStatus(quote, true).status === 'differs');
  if (differing.length === 0) return null;

  const note = async (quoteId: string, text: string) => {
    if (!text.trim()) return setMessage('请写明原因 · Write the reason first.');
    const state = await differenceNoteAction({ topicId, quoteId, note: text }).catch(() => null);
    if (state?.status === 'success' && state.result) {
      adopt(state.result.document, state.result.version);
      setMessage(null);
    } else setMessage(state?.message ?? '无法连接服务器 · The server cannot be reached.');
  };

  return (
    <section className="rounded border border-red-600 p-3 text-sm" aria-label="与文字稿不符的引语 · Quotes that differ from the transcript">
      <h2 className="font-semibold">与文字稿不符的引语 · Quotes that differ from the transcript</h2>
      <ul className="mt-2 space-y-3">
        {differing.map(({ blockId, where, quote }) => {
          const report = quoteStatus(quote, true);
          const section = [...draft.consensus, ...draft.camps].find((s) => s.blocks.some((b) => b.id === blockId));
          const list = `blocks:${section?.id ?? ''}` as const;
          const index = section?.blocks.findIndex((b) => b.id === blockId) ?? 0;
          return (
            <li key={blockId} className="space-y-1">
              <p className="text-xs text-stone-500">{where}</p>
              {report.diff && <WordDiff parts={report.diff} />}
              <div className="flex flex-wrap items-center gap-2">
                <input
                  aria-label="不符的原因 · Reason for the difference"
                  value={reasons[quote.id] ?? ''}
                  onChange={(e) => setReasons((all) => ({ ...all, [quote.id]: e.target.value }))}
                  className="min-w-64 rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900"
                />
                <button type="button" className="rounded border border-stone-400 px-2 py-1" onClick={() => void note(quote.id, reasons[quote.id] ?? '')}>
                  说明原因 · Give reason
                </button>
                <button type="button" className="rounded border border-stone-400 px-2 py-1" onClick={() => void note(quote.id, EDITED_FOR_LENGTH)}>
                  {EDITED_FOR_LENGTH}
                </button>
                <button
                  type="button"
                  className="rounded border border-violet-500 px-2 py-1"
                  onClick={() => {
                    const text = (quote.original ?? quote.translation)?.text ?? '';
                    edit({ type: 'remove', list, id: blockId });
                    edit({
                      type: 'insert',
                      list,
                      index,
                      item: { id: newId(), kind: 'paraphrase', text, reason: reasons[quote.id]?.trim() || '与原话有出入 · Differs from what was said', speaker: quote.speakers[0] ?? null, interview: quote.interview },
                    });
                  }}
                >
                  改为转述 · Make it a paraphrase
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {message && (
        <p role="alert" className="mt-2 text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
    </section>
  );
}
