'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/action-state';
import { idleState } from '@/lib/actions/action-state';
import { FormMessage } from '@/components/ui/form-message';

/** "Move to trash" for one library item; the action redirects to the list when it succeeds. */
export function TrashButton({ id, label, action }: { id: string; label: string; action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="mt-8 rounded border border-red-300 p-3 text-sm dark:border-red-900" aria-describedby={`trash-${id}`}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="text-red-700 underline dark:text-red-400">
        移到回收站 · Move {label} to the trash
      </button>
      <FormMessage id={`trash-${id}`} state={state} />
    </form>
  );
}
