'use client';

import { useState } from 'react';
import { createInterviewAction } from '@/app/(editor)/editor/topics/[id]/actions';
import type { InterviewRef } from '@/lib/topics/document';

const FIELDS = [
  ['show', '节目 · Show'],
  ['episodeTitle', '单集标题 · Episode title'],
  ['episodeNumber', '集数(可选) · Episode number (optional)'],
  ['publishedOn', '日期(可选,YYYY-MM-DD) · Date (optional)'],
  ['url', '链接(可选) · URL (optional)'],
] as const;

/** A new interview on the spot; the library refuses a duplicate (same show and episode, or URL). */
export function CreateInterviewForm({ initialShow, onCreated, onCancel }: { initialShow: string; onCreated: (interview: InterviewRef) => void; onCancel: () => void }) {
  const [values, setValues] = useState<Record<(typeof FIELDS)[number][0], string>>({ show: initialShow, episodeTitle: '', episodeNumber: '', publishedOn: '', url: '' });
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      const state = await createInterviewAction(values);
      if (state.status === 'success' && state.result) onCreated(state.result);
      else {
        setError(state.message ?? null);
        setFieldErrors(state.fieldErrors ?? {});
      }
    } catch {
      setError('无法连接服务器 · The server cannot be reached.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="mt-2 rounded border border-sky-300 p-2 dark:border-sky-800">
      <legend className="px-1 text-xs font-medium">新建访谈 · New interview</legend>
      {FIELDS.map(([name, label]) => (
        <div key={name} className="mt-1">
          <label className="block text-xs">
            {label}
            <input
              className="mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-900"
              value={values[name]}
              aria-invalid={fieldErrors[name] ? true : undefined}
              onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
            />
          </label>
          {fieldErrors[name] && <p className="text-xs text-red-700 dark:text-red-400">{fieldErrors[name]!.join(' ')}</p>}
        </div>
      ))}
      {error && <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">{error}</p>}
      <div className="mt-2 flex gap-2">
        <button type="button" disabled={busy} onClick={submit} className="rounded bg-stone-800 px-2 py-1 text-xs text-white dark:bg-stone-200 dark:text-stone-900">
          创建访谈 · Create interview
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-stone-300 px-2 py-1 text-xs dark:border-stone-600">
          取消 · Cancel
        </button>
      </div>
    </fieldset>
  );
}
