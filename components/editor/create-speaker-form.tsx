'use client';

import { useState } from 'react';
import { createSpeakerAction } from '@/app/(editor)/editor/topics/[id]/actions';
import type { SpeakerRef } from '@/lib/topics/document';
import { InlineCreateFrame, InlineFieldError, useInlineCreate } from './inline-create';

const input = 'mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-900';

/** A new speaker on the spot, from the quote editor: name and (optionally) organisation. */
export function CreateSpeakerForm({ initialName, onCreated, onCancel }: { initialName: string; onCreated: (speaker: SpeakerRef) => void; onCancel: () => void }) {
  const [name, setName] = useState(initialName);
  const [organisation, setOrganisation] = useState('');
  const { submit, busy, error, fieldErrors } = useInlineCreate(createSpeakerAction, onCreated);
  return (
    <InlineCreateFrame legend="新建讲者 · New speaker" submitLabel="创建讲者 · Create speaker" busy={busy} error={error} onSubmit={() => submit({ name, organisation })} onCancel={onCancel}>
      <label className="block text-xs">
        姓名 · Name
        <input className={input} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={fieldErrors.name ? true : undefined} />
      </label>
      <InlineFieldError errors={fieldErrors.name} />
      <label className="mt-1 block text-xs">
        机构(可选) · Organisation (optional)
        <input className={input} value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
      </label>
    </InlineCreateFrame>
  );
}
