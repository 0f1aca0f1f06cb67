'use client';

import { useId, useState } from 'react';
import { clipQuoteAction } from '@/app/(editor)/editor/topics/[id]/provenance-actions';
import type { ClipPreview } from '@/lib/provenance/clip';
import type { Quote } from '@/lib/topics/document';
import type { SelectionPoint } from './selection-points';
import { formatTimecode } from './timecode';

// The selected passage as it will become a quote: its words exactly, the speaker its label was
// confirmed as, its time; the other language's words over the same time are offered as the
// translation (editable, or cleared); and where on the page it goes.

export type Section = { list: `blocks:${string}`; label: string };

type Props = {
  transcriptId: string;
  selection: { start: SelectionPoint; end: SelectionPoint };
  preview: ClipPreview;
  sections: Section[];
  onClipped: (list: Section['list'], quote: Quote) => void;
  onCancel: () => void;
};

export function ClipForm({ transcriptId, selection, preview, sections, onClipped, onCancel }: Props) {
  const id = useId();
  const [translation, setTranslation] = useState(preview.offer?.text ?? '');
  const [section, setSection] = useState<Section['list'] | ''>(sections[0]?.list ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    if (!section) return setError('请先添加一个共识点或阵营 · Add a consensus point or camp first.');
    setBusy(true);
    const state = await clipQuoteAction({ transcriptId, ...selection, translation: translation.trim() || null }).catch(() => null);
    setBusy(false);
    if (state?.status === 'success' && state.result) onClipped(section, state.result);
    else setError(state?.message ?? '无法连接服务器 · The server cannot be reached.');
  };

  return (
    <div className="space-y-2 rounded border border-sky-400 p-3 text-sm" role="group" aria-label="摘为引语 · Clip as quote">
      <blockquote lang={preview.language} className="border-l-4 border-sky-300 pl-2">
        {preview.text}
      </blockquote>
      <p className="text-xs text-stone-500">
        {formatTimecode(preview.startMs)}–{formatTimecode(preview.endMs)} ·{' '}
        {preview.speaker ? preview.speaker.name : preview.label ? `${preview.label}:讲者未对应,请在访谈页确认 · speaker label not mapped yet (confirm it on the interview page)` : '没有讲者标签 · no speaker label'}
        {preview.target === 'translation' && ' · 这是译文稿,引语将只有译文 · a translated transcript: the quote will be translation-only'}
      </p>
      <label htmlFor={`${id}-translation`} className="block text-xs font-medium">
        {preview.target === 'translation' ? '原文(可选) · Original (optional)' : '译文(可选) · Translation (optional)'}
        {preview.offer && ` — 取自 ${preview.offer.language} 文字稿 · from the ${preview.offer.language} transcript`}
      </label>
      <textarea id={`${id}-translation`} rows={2} value={translation} onChange={(e) => setTranslation(e.target.value)} className="w-full rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900" />
      <label htmlFor={`${id}-section`} className="block text-xs font-medium">
        放到 · Add to
      </label>
      <select id={`${id}-section`} value={section} onChange={(e) => setSection(e.target.value as Section['list'])} className="rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900">
        {sections.map((s) => (
          <option key={s.list} value={s.list}>
            {s.label}
          </option>
        ))}
      </select>
      <div className="flex gap-2">
        <button type="button" disabled={busy} onClick={() => void add()} className="rounded bg-sky-700 px-3 py-1 text-white disabled:opacity-40">
          加入引语 · Add quote
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-stone-400 px-3 py-1">
          取消 · Cancel
        </button>
      </div>
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
