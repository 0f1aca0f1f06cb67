'use client';

import { useActionState } from 'react';
import { restoreRevisionAction, type RestoreState } from '@/app/(editor)/editor/topics/[id]/history/actions';
import { FormMessage } from '@/components/ui/form-message';
import { CsrfField } from '@/components/ui/csrf-field';

const idle: RestoreState = { status: 'idle' };

/** Admins only: makes this revision the working draft again, as a new revision. */
export function RestoreButton({ topicId, number }: { topicId: string; number: number }) {
  const [state, action, pending] = useActionState(restoreRevisionAction, idle);
  return (
    <form action={action} aria-describedby={`restore-${number}-message`}>
      <CsrfField />
      <input type="hidden" name="topicId" value={topicId} />
      <input type="hidden" name="number" value={number} />
      <button type="submit" disabled={pending} className="rounded border border-stone-300 px-2 py-0.5 text-xs disabled:opacity-60 dark:border-stone-600">
        恢复此版 · Restore #{number}
      </button>
      <FormMessage id={`restore-${number}-message`} state={state} />
      {state.status === 'success' && state.result && state.result.notes.length > 0 && (
        <ul className="list-disc pl-5 text-xs text-amber-800 dark:text-amber-300">
          {state.result.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
