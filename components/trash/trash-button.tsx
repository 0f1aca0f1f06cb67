'use client';

import { useActionState, useState } from 'react';
import type { ActionState } from '@/lib/actions/action-state';
import { idleState } from '@/lib/actions/action-state';
import { FormMessage } from '@/components/ui/form-message';
import { CsrfField } from '@/components/ui/csrf-field';

/**
 * "Move to trash" for one library item, asked twice: the first click says what will happen,
 * the second moves it. The action redirects to the list, which says what was moved.
 */
export function TrashButton({ id, label, action }: { id: string; label: string; action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const [confirming, setConfirming] = useState(false);
  return (
    <form action={formAction} className="mt-8 rounded border border-red-300 p-3 text-sm dark:border-red-900" aria-describedby={`trash-${id}`}>
      <CsrfField />
      <input type="hidden" name="id" value={id} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span>{label} 会被移到回收站,管理员可以恢复。 · {label} goes to the trash; an admin can restore it.</span>
          <button type="submit" disabled={pending} className="rounded bg-red-700 px-2 py-1 text-white disabled:opacity-50">
            确认移到回收站 · Move to trash now
          </button>
          <button type="button" onClick={() => setConfirming(false)} className="rounded border border-stone-400 px-2 py-1">
            取消 · Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="text-red-700 underline dark:text-red-400">
          移到回收站 · Move {label} to the trash
        </button>
      )}
      <FormMessage id={`trash-${id}`} state={state} />
    </form>
  );
}
