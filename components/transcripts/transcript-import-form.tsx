'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { importTranscriptAction } from '@/app/(editor)/editor/interviews/[id]/transcript-actions';
import type { TranscriptImportReport } from '@/lib/transcripts/write-transcript';

// Upload a transcript file to an interview. The file is read in the browser and sent as text;
// the server parses it and refuses a bad file whole, naming the line.

export function TranscriptImportForm({ interviewId, spokenLanguage }: { interviewId: string; spokenLanguage: string }) {
  const id = useId();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [report, setReport] = useState<TranscriptImportReport | null>(null);

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setMessage({ tone: 'error', text: '请选择文件 · Choose a file.' });
      return;
    }
    setBusy(true);
    setMessage(null);
    const language = String(data.get('language') || '') || undefined;
    const state = await importTranscriptAction({ interviewId, language, fileName: file.name, source: await file.text() }).catch(() => null);
    setBusy(false);
    if (state?.status === 'success' && state.result) {
      setReport(state.result);
      setMessage({ tone: 'ok', text: state.message ?? '' });
      form.reset();
      router.refresh();
    } else setMessage({ tone: 'error', text: state?.message ?? '无法连接服务器 · The server cannot be reached.' });
  };

  return (
    <form
      className="mt-3 flex flex-wrap items-end gap-3 rounded border border-stone-300 p-3 dark:border-stone-700"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-medium">
          文字稿文件 · Transcript file
        </label>
        <input id={`${id}-file`} name="file" type="file" accept=".vtt,.srt,.json,.txt,text/vtt,application/json,text/plain" className="mt-1 text-sm" />
        <p className="text-xs text-stone-500">WebVTT、SRT、Podcasting 2.0 JSON 或纯文本 · WebVTT, SRT, Podcasting 2.0 JSON or plain text</p>
      </div>
      <div>
        <label htmlFor={`${id}-language`} className="block text-sm font-medium">
          语言 · Language
        </label>
        <input id={`${id}-language`} name="language" defaultValue={spokenLanguage} size={5} className="mt-1 rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-900" />
      </div>
      <button type="submit" disabled={busy} className="rounded bg-stone-800 px-3 py-1 text-sm text-white disabled:opacity-40 dark:bg-stone-200 dark:text-stone-900">
        导入 · Import
      </button>
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`w-full text-sm ${message.tone === 'error' ? 'text-red-700 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}`}>
          {message.text}
          {message.tone === 'ok' && report?.replaced && ` 锚点 · Anchors: ${report.anchors.kept} 保留 kept, ${report.anchors.moved} 时间已更新 moved, ${report.anchors.lost} 丢失 lost.`}
        </p>
      )}
    </form>
  );
}
