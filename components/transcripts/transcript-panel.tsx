'use client';

import { useEffect, useId, useState } from 'react';
import { previewClipAction, searchTranscriptsAction, transcriptChoicesAction, transcriptViewAction } from '@/app/(editor)/editor/topics/[id]/provenance-actions';
import { newId, useEditorActions } from '@/components/editor/editor-context';
import type { ClipPreview } from '@/lib/provenance/clip';
import type { TranscriptChoice, TranscriptHit, TranscriptView } from '@/lib/transcripts/queries';
import { ClipForm, type Section } from './clip-form';
import { useProvenance } from './provenance-context';
import type { SelectionPoint } from './selection-points';
import { formatTimecode } from './timecode';
import { TranscriptReader } from './transcript-reader';

// The topic editor's transcript panel: pick an interview's transcript (the topic's sources
// first), search it or every transcript, read it with speakers and times, select a passage and
// make it a quote block in a point or camp.

type Selection = { start: SelectionPoint; end: SelectionPoint };
const CLOSED = '无法连接服务器 · The server cannot be reached.';

export function TranscriptPanel({ sections }: { sections: Section[] }) {
  const id = useId();
  const { topicId, edit } = useEditorActions();
  const { markTranscript } = useProvenance();
  const [choices, setChoices] = useState<TranscriptChoice[] | null>(null);
  const [transcriptId, setTranscriptId] = useState('');
  const [view, setView] = useState<TranscriptView | null>(null);
  const [query, setQuery] = useState('');
  const [everywhere, setEverywhere] = useState(false);
  const [hits, setHits] = useState<TranscriptHit[] | null>(null);
  const [focus, setFocus] = useState<number | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [preview, setPreview] = useState<ClipPreview | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void transcriptChoicesAction({ topicId })
      .then((state) => (state.status === 'success' ? setChoices(state.result ?? []) : setMessage(state.message ?? CLOSED)))
      .catch(() => setMessage(CLOSED));
  }, [topicId]);

  const open = async (next: string, focusPosition: number | null = null) => {
    setTranscriptId(next);
    setSelection(null);
    setPreview(null);
    if (!next) return setView(null);
    if (view?.id !== next) {
      const state = await transcriptViewAction(next).catch(() => null);
      if (state?.status !== 'success' || !state.result) return setMessage(state?.message ?? CLOSED);
      setView(state.result);
    }
    setFocus(focusPosition);
  };

  const search = async () => {
    if (!query.trim()) return setHits(null);
    const state = await searchTranscriptsAction({ query, interviewId: everywhere ? undefined : view?.interview.id }).catch(() => null);
    if (state?.status === 'success' && state.result) setHits(state.result.hits);
    else setMessage(state?.message ?? CLOSED);
  };

  const clip = async () => {
    if (!selection || !view) return;
    const state = await previewClipAction({ transcriptId: view.id, ...selection }).catch(() => null);
    if (state?.status === 'success' && state.result) setPreview(state.result);
    else setMessage(state?.message ?? CLOSED);
  };

  return (
    <details className="rounded border border-stone-300 p-3 dark:border-stone-700">
      <summary className="cursor-pointer font-semibold">文字稿 · Transcripts</summary>
      <div className="mt-3 space-y-3">
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={`${id}-pick`} className="block text-xs font-medium">
              访谈文字稿 · Interview transcript
            </label>
            <select id={`${id}-pick`} value={transcriptId} onChange={(e) => void open(e.target.value)} className="mt-1 max-w-md rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-900">
              <option value="">{choices === null ? '载入中… · Loading…' : choices.length ? '选择 · Choose' : '还没有文字稿 · No transcripts yet'}</option>
              {choices?.map((choice) =>
                choice.transcripts.map((t) => (
                  <option key={t.id} value={t.id}>
                    {choice.isSource ? '★ ' : ''}
                    {choice.show} · {choice.episodeTitle} ({t.language}
                    {t.role === 'TRANSLATION' ? ' 译 · translation' : ''})
                  </option>
                )),
              )}
            </select>
          </div>
          <form
            className="flex flex-wrap items-end gap-2"
            role="search"
            aria-label="在文字稿中搜索 · Search the transcript"
            onSubmit={(event) => {
              event.preventDefault();
              void search();
            }}
          >
            <div>
              <label htmlFor={`${id}-q`} className="block text-xs font-medium">
                搜索文字稿 · Search transcripts
              </label>
              <input id={`${id}-q`} value={query} onChange={(e) => setQuery(e.target.value)} className="mt-1 rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-900" />
            </div>
            <label className="flex items-center gap-1 text-xs">
              <input type="checkbox" checked={everywhere || !view} disabled={!view} onChange={(e) => setEverywhere(e.target.checked)} />
              所有文字稿 · All transcripts
            </label>
            <button type="submit" className="rounded border border-stone-400 px-2 py-1 text-sm">
              搜索 · Search
            </button>
          </form>
        </div>
        {hits && (
          <ul className="max-h-48 overflow-auto text-sm" aria-label="文字稿搜索结果 · Transcript search results">
            {hits.length === 0 && <li className="text-stone-500">没有找到 · Nothing found</li>}
            {hits.map((hit) => (
              <li key={`${hit.transcriptId}:${hit.position}`}>
                <button type="button" className="text-left hover:underline" onClick={() => void open(hit.transcriptId, hit.position)}>
                  <span className="text-xs text-stone-500">
                    {hit.show} · {formatTimecode(hit.startMs)} · {hit.speaker ?? hit.label ?? ''}
                  </span>{' '}
                  {hit.text}
                </button>
              </li>
            ))}
          </ul>
        )}
        {view && (
          <>
            <TranscriptReader segments={view.segments} focus={focus} onSelect={setSelection} />
            <div className="flex items-center gap-2">
              <button type="button" disabled={!selection} onClick={() => void clip()} className="rounded bg-sky-700 px-3 py-1 text-sm text-white disabled:opacity-40">
                摘为引语 · Clip as quote
              </button>
              <span className="text-xs text-stone-500">选中一段话后点击 · Select a passage, then click</span>
            </div>
          </>
        )}
        {view && selection && preview && (
          <ClipForm
            key={`${selection.start.position}:${selection.start.offset}:${selection.end.position}:${selection.end.offset}`}
            transcriptId={view.id}
            selection={selection}
            preview={preview}
            sections={sections}
            onCancel={() => setPreview(null)}
            onClipped={(list, quote) => {
              edit({ type: 'insert', list, index: Number.MAX_SAFE_INTEGER, item: { id: newId(), kind: 'quote', quote, seeAlso: null } });
              markTranscript(view.interview.id);
              setPreview(null);
              setSelection(null);
              setMessage('已加入引语 · Quote added.');
            }}
          />
        )}
        {message && (
          <p role="status" className="text-sm">
            {message}
          </p>
        )}
      </div>
    </details>
  );
}
