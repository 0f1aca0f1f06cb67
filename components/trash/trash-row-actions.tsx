'use client';

import { useActionState, useId } from 'react';
import { purgeFromTrashAction, restoreFromTrashAction } from '@/app/(editor)/admin/trash/actions';
import { idleState } from '@/lib/actions/action-state';
import type { TrashKind } from '@/lib/trash/schema';
import { FormMessage } from '@/components/ui/form-message';
import { CsrfField } from '@/components/ui/csrf-field';

/** Restore, and — when nothing refers to the item any more — delete for good. */
export function TrashRowActions({ kind, id, label, canPurge }: { kind: TrashKind; id: string; label: string; canPurge: boolean }) {
  const [restored, restore, restoring] = useActionState(restoreFromTrashAction, idleState);
  const [purged, purge, purging] = useActionState(purgeFromTrashAction, idleState);
  const messageId = useId();
  const state = purged.status !== 'idle' ? purged : restored;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-describedby={messageId}>
      <form action={restore}>
        <CsrfField />
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <button type="submit" disabled={restoring} aria-label={`恢复 · Restore ${label}`} className="rounded border border-stone-400 px-2 py-0.5 text-xs">
          恢复 · Restore
        </button>
      </form>
      {canPurge && (
        <form action={purge}>
          <CsrfField />
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="id" value={id} />
          <button type="submit" disabled={purging} aria-label={`彻底删除 · Delete for good ${label}`} className="rounded border border-red-700 px-2 py-0.5 text-xs text-red-700 dark:text-red-400">
            彻底删除 · Delete for good
          </button>
        </form>
      )}
      <FormMessage id={messageId} state={state} />
    </div>
  );
}
