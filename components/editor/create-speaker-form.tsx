'use client';

import { useState } from 'react';
import { createSpeakerAction } from '@/app/(editor)/editor/topics/[id]/actions';
import type { SpeakerRef } from '@/lib/topics/document';

/** A new speaker on the spot, from the quote editor: name and (optionally) organisation. */
export function CreateSpeakerForm({ initialName, onCreated, onCancel }: { initialName: string; onCreated: (speaker: SpeakerRef) => void; onCancel: () => void }) {
  const [name, setName] = useState(initialName);
  const [organisation, setOrganisation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      const state = await createSpeakerAction({ name, organisation });
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
  const input = 'mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-900';
  return (
    <fieldset className="mt-2 rounded border border-sky-300 p-2 dark:border-sky-800">
      <legend className="px-1 text-xs font-medium">新建讲者 · New speaker</legend>
      <label className="block text-xs">
        姓名 · Name
        <input className={input} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={fieldErrors.name ? true : undefined} />
      </label>
      {fieldErrors.name && <p className="text-xs text-red-700 dark:text-red-400">{fieldErrors.name.join(' ')}</p>}
      <label className="mt-1 block text-xs">
        机构(可选) · Organisation (optional)
        <input className={input} value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
      </label>
      {error && <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">{error}</p>}
      <div className="mt-2 flex gap-2">
        <button type="button" disabled={busy} onClick={submit} className="rounded bg-stone-800 px-2 py-1 text-xs text-white dark:bg-stone-200 dark:text-stone-900">
          创建讲者 · Create speaker
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-stone-300 px-2 py-1 text-xs dark:border-stone-600">
          取消 · Cancel
        </button>
      </div>
    </fieldset>
  );
}
