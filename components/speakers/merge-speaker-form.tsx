'use client';

import { useActionState, useState } from 'react';
import { mergeSpeakersAction } from '@/app/(editor)/editor/speakers/actions';
import { idleState } from '@/lib/actions/action-state';
import type { SpeakerRef } from '@/lib/topics/document';
import { LibraryPicker } from '@/components/editor/library-picker';
import { speakerText } from '@/components/editor/ref-pickers';
import { FormMessage } from '@/components/ui/form-message';
import { CsrfField } from '@/components/ui/csrf-field';

/** Admins: fold a duplicate record of this person into this one (undoable from the audit log). */
export function MergeSpeakerForm({ survivorId, survivorName }: { survivorId: string; survivorName: string }) {
  const [state, action, pending] = useActionState(mergeSpeakersAction, idleState);
  const [picked, setPicked] = useState<SpeakerRef | null>(null);
  return (
    <form action={action} className="mt-2 space-y-2" aria-describedby="merge-message">
      <CsrfField />
      <input type="hidden" name="survivorId" value={survivorId} />
      <input type="hidden" name="mergedId" value={picked?.id ?? ''} />
      {picked ? (
        <p className="text-sm">
          把 <strong>{speakerText(picked)}</strong> 合并进 <strong>{survivorName}</strong>:其引语、阵营成员和转述都会归到 {survivorName},名字成为别名。 · Merge {picked.name} into {survivorName}: their quotes, camp memberships and paraphrases move here and their name becomes an alias.{' '}
          <button type="button" className="underline" onClick={() => setPicked(null)}>
            换一个 · Choose another
          </button>
        </p>
      ) : (
        <LibraryPicker kind="speaker" label="要合并进来的讲者 · Speaker to merge into this one" describe={speakerText} exclude={[survivorId]} onPick={setPicked} />
      )}
      <button type="submit" disabled={!picked || pending} className="rounded bg-amber-700 px-3 py-1 text-sm text-white disabled:opacity-40">
        合并 · Merge
      </button>
      <FormMessage id="merge-message" state={state} />
    </form>
  );
}
