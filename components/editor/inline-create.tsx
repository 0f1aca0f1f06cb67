'use client';

import { useState, type ReactNode } from 'react';
import type { ActionState } from '@/lib/actions/action-state';

// What the two on-the-spot forms of the quote editor share (a new speaker, a new interview):
// calling the library action, its field messages, and the frame with create / cancel.

export function useInlineCreate<Input, Created>(action: (input: Input) => Promise<ActionState<Created>>, onCreated: (created: Created) => void) {
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [busy, setBusy] = useState(false);
  const submit = async (input: Input) => {
    setBusy(true);
    try {
      const state = await action(input);
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
  return { submit, busy, error, fieldErrors };
}

export function InlineCreateFrame(props: { legend: string; submitLabel: string; busy: boolean; error: string | null; onSubmit: () => void; onCancel: () => void; children: ReactNode }) {
  return (
    <fieldset className="mt-2 rounded border border-sky-300 p-2 dark:border-sky-800">
      <legend className="px-1 text-xs font-medium">{props.legend}</legend>
      {props.children}
      {props.error && <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">{props.error}</p>}
      <div className="mt-2 flex gap-2">
        <button type="button" disabled={props.busy} onClick={props.onSubmit} className="rounded bg-stone-800 px-2 py-1 text-xs text-white dark:bg-stone-200 dark:text-stone-900">
          {props.submitLabel}
        </button>
        <button type="button" onClick={props.onCancel} className="rounded border border-stone-300 px-2 py-1 text-xs dark:border-stone-600">
          取消 · Cancel
        </button>
      </div>
    </fieldset>
  );
}

export function InlineFieldError({ errors }: { errors?: string[] }) {
  return errors ? <p className="text-xs text-red-700 dark:text-red-400">{errors.join(' ')}</p> : null;
}
