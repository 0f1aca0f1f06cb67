'use client';

import { useActionState } from 'react';
import { undoMergeAction } from '@/app/(editor)/admin/audit/actions';
import { idleState } from '@/lib/actions/action-state';
import { FormMessage } from '@/components/ui/form-message';
import { CsrfField } from '@/components/ui/csrf-field';

/** On a speaker.merge row of the audit log: puts everything the merge moved back. */
export function UndoMergeButton({ eventId }: { eventId: string }) {
  const [state, action, pending] = useActionState(undoMergeAction, idleState);
  return (
    <form action={action} aria-describedby={`undo-${eventId}`}>
      <CsrfField />
      <input type="hidden" name="eventId" value={eventId} />
      <button type="submit" disabled={pending || state.status === 'success'} className="mt-1 rounded border border-amber-600 px-2 py-0.5 text-xs text-amber-800 dark:text-amber-300">
        撤销合并 · Undo merge
      </button>
      <FormMessage id={`undo-${eventId}`} state={state} />
    </form>
  );
}
