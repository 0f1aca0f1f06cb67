'use client';

import { useState } from 'react';
import { acceptAnchorsAction, findInTranscriptsAction } from '@/app/(editor)/editor/topics/[id]/provenance-actions';
import { useEditorActions } from '@/components/editor/editor-context';
import type { AnchorCandidate, AnchorProposal } from '@/lib/provenance/find-anchors';
import { useProvenance } from './provenance-context';
import { formatTimecode } from './timecode';

// "Find in transcripts": proposes where each quote without an anchor was said; the analyst
// accepts them one by one or all the unambiguous ones at once.

const CLOSED = '无法连接服务器 · The server cannot be reached.';
const accepted = (proposal: AnchorProposal, candidate: AnchorCandidate) => ({
  quoteId: proposal.quoteId,
  transcriptId: candidate.transcriptId,
  target: candidate.target,
  exact: candidate.exact,
  prefix: candidate.prefix,
  suffix: candidate.suffix,
});

export function FindInTranscripts() {
  const { topicId } = useEditorActions();
  const { adopt } = useProvenance();
  const [proposals, setProposals] = useState<AnchorProposal[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    setBusy(true);
    const state = await findInTranscriptsAction({ topicId }).catch(() => null);
    setBusy(false);
    if (state?.status === 'success' && state.result) {
      setProposals(state.result);
      setMessage(`找到 ${state.result.filter((p) => p.kind !== 'none').length} / ${state.result.length} · Found ${state.result.filter((p) => p.kind !== 'none').length} of ${state.result.length}`);
    } else setMessage(state?.message ?? CLOSED);
  };

  const accept = async (items: ReturnType<typeof accepted>[]) => {
    if (items.length === 0) return;
    setBusy(true);
    const state = await acceptAnchorsAction({ topicId, anchors: items }).catch(() => null);
    setBusy(false);
    if (state?.status === 'success' && state.result) {
      adopt(state.result.document, state.result.version);
      const done = new Set(state.result.anchored);
      setProposals((all) => all?.filter((p) => !done.has(p.quoteId)) ?? null);
      setMessage(`${state.message ?? ''}${state.result.refused.length ? ` ${state.result.refused.map((r) => r.reason).join('; ')}` : ''}`);
    } else setMessage(state?.message ?? CLOSED);
  };

  const unique = proposals?.filter((p) => p.kind === 'unique') ?? [];
  return (
    <div className="space-y-2 rounded border border-stone-300 p-3 text-sm dark:border-stone-700">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" disabled={busy} onClick={() => void find()} className="rounded border border-stone-400 px-2 py-1">
          在文字稿中查找引语 · Find in transcripts
        </button>
        {unique.length > 0 && (
          <button type="button" disabled={busy} onClick={() => void accept(unique.map((p) => accepted(p, p.candidates[0]!)))} className="rounded bg-emerald-700 px-2 py-1 text-white">
            全部接受({unique.length}) · Accept all ({unique.length})
          </button>
        )}
        {message && <span role="status">{message}</span>}
      </div>
      {proposals && proposals.length > 0 && (
        <ul className="space-y-2" aria-label="锚点建议 · Proposed anchors">
          {proposals.map((p) => (
            <li key={p.quoteId} className="border-t border-stone-200 pt-1 dark:border-stone-800">
              <p className="text-xs text-stone-500">{p.where}</p>
              <p className="line-clamp-2">{p.text}</p>
              {p.kind === 'none' ? (
                <p className="text-xs text-stone-500">文字稿里没找到 · Not found in its interview’s transcripts</p>
              ) : (
                <ul className="text-xs">
                  {p.candidates.map((c, i) => (
                    <li key={i} className="flex items-center gap-2">
                      <span>
                        {formatTimecode(c.startMs)}–{formatTimecode(c.endMs)} ({c.language}
                        {c.target === 'translation' ? ',按译文 · translation' : ''}) …{c.prefix.slice(-20)}
                        <mark>{c.exact.slice(0, 60)}</mark>
                      </span>
                      <button type="button" disabled={busy} onClick={() => void accept([accepted(p, c)])} className="rounded border border-emerald-700 px-1.5 text-emerald-800 dark:text-emerald-300">
                        接受 · Accept
                      </button>
                    </li>
                  ))}
                  {p.kind === 'ambiguous' && <li className="text-amber-700">出现不止一处,请选一处 · Found more than once: pick one</li>}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
