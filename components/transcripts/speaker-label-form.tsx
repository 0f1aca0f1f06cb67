'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { confirmLabelsAction } from '@/app/(editor)/editor/interviews/[id]/transcript-actions';
import { SpeakersPicker } from '@/components/editor/ref-pickers';
import type { SpeakerRef } from '@/lib/topics/document';
import type { LabelSuggestion } from '@/lib/transcripts/speaker-labels';

// Each speaker label of the interview's transcripts, mapped once to a speaker of the library:
// the suggestion (same name or alias) is pre-filled, and nothing counts until it is confirmed.

const ref = (s: { id: string; name: string }): SpeakerRef => ({ id: s.id, name: s.name, slug: '', affiliation: null });

export function SpeakerLabelForm({ interviewId, labels }: { interviewId: string; labels: LabelSuggestion[] }) {
  const router = useRouter();
  const [choice, setChoice] = useState<Record<string, SpeakerRef | null>>(() =>
    Object.fromEntries(labels.map((l) => [l.label, l.confirmed ? ref(l.confirmed) : l.suggested ? ref(l.suggested) : null])),
  );
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  if (labels.length === 0) return <p className="text-sm text-stone-500">文字稿里没有讲者标签 · The transcripts name no speakers.</p>;

  const confirm = async () => {
    const state = await confirmLabelsAction({ interviewId, labels: labels.map((l) => ({ label: l.label, speakerId: choice[l.label]?.id ?? null })) }).catch(() => null);
    setMessage({ tone: state?.status === 'success' ? 'ok' : 'error', text: state?.message ?? '无法连接服务器 · The server cannot be reached.' });
    if (state?.status === 'success') router.refresh();
  };

  return (
    <div className="space-y-2">
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-stone-500">
            <th className="py-1 font-normal">标签 · Label</th>
            <th className="py-1 font-normal">段数 · Segments</th>
            <th className="py-1 font-normal">讲者 · Speaker</th>
          </tr>
        </thead>
        <tbody>
          {labels.map((l) => (
            <tr key={l.label} className="border-t border-stone-200 align-top dark:border-stone-800">
              <td className="py-1 font-medium">{l.label}</td>
              <td className="py-1">{l.segments}</td>
              <td className="py-1">
                <SpeakersPicker
                  label={`${l.label} 的讲者 · Speaker for ${l.label}`}
                  single
                  speakers={choice[l.label] ? [choice[l.label]!] : []}
                  onChange={(next) => setChoice((all) => ({ ...all, [l.label]: next[0] ?? null }))}
                />
                <p className="text-xs text-stone-500">{l.confirmed ? '已确认 · Confirmed' : l.suggested ? '建议,未确认 · Suggested, not confirmed' : '未对应 · Not mapped'}</p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => void confirm()} className="rounded bg-stone-800 px-3 py-1 text-sm text-white dark:bg-stone-200 dark:text-stone-900">
        确认讲者 · Confirm speakers
      </button>
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`text-sm ${message.tone === 'error' ? 'text-red-700' : 'text-emerald-700 dark:text-emerald-400'}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
