'use client';

import { useActionState, useId } from 'react';
import { markReviewedAction, trashQuoteAction } from '@/app/(editor)/editor/quotes/actions';
import { idleState } from '@/lib/actions/action-state';
import { FormMessage } from '@/components/ui/form-message';
import { CsrfField } from '@/components/ui/csrf-field';

export function QuoteRowActions({ id, stale }: { id: string; stale: boolean }) {
  const [reviewed, review, reviewing] = useActionState(markReviewedAction, idleState);
  const [trashed, trash, trashing] = useActionState(trashQuoteAction, idleState);
  const messageId = useId();
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs" aria-describedby={messageId}>
      {stale && (
        <form action={review}>
          <CsrfField />
          <input type="hidden" name="id" value={id} />
          <button type="submit" disabled={reviewing} className="rounded border border-amber-600 px-2 py-0.5 text-amber-800 dark:text-amber-300">
            译文已核对 · Translation reviewed
          </button>
        </form>
      )}
      <form action={trash}>
        <CsrfField />
        <input type="hidden" name="id" value={id} />
        <button type="submit" disabled={trashing} className="text-red-700 underline dark:text-red-400">
          移到回收站 · Trash
        </button>
      </form>
      <FormMessage id={messageId} state={trashed.status !== 'idle' ? trashed : reviewed} />
    </div>
  );
}
