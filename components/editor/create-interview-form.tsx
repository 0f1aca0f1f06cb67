'use client';

import { useState } from 'react';
import { createInterviewAction } from '@/app/(editor)/editor/topics/[id]/actions';
import type { InterviewRef } from '@/lib/topics/document';
import { InlineCreateFrame, InlineFieldError, useInlineCreate } from './inline-create';

const FIELDS = [
  ['show', '节目 · Show'],
  ['episodeTitle', '单集标题 · Episode title'],
  ['episodeNumber', '集数(可选) · Episode number (optional)'],
  ['publishedOn', '日期(可选,YYYY-MM-DD) · Date (optional)'],
  ['url', '链接(可选) · URL (optional)'],
] as const;

/** A new interview on the spot; the library refuses a duplicate (same show and episode, or URL). */
export function CreateInterviewForm({ initialShow, onCreated, onCancel }: { initialShow: string; onCreated: (interview: InterviewRef) => void; onCancel: () => void }) {
  const [values, setValues] = useState<Record<(typeof FIELDS)[number][0], string>>({ show: initialShow, episodeTitle: '', episodeNumber: '', publishedOn: '', url: '' });
  const { submit, busy, error, fieldErrors } = useInlineCreate(createInterviewAction, onCreated);
  return (
    <InlineCreateFrame legend="新建访谈 · New interview" submitLabel="创建访谈 · Create interview" busy={busy} error={error} onSubmit={() => submit(values)} onCancel={onCancel}>
      {FIELDS.map(([name, label]) => (
        <div key={name} className="mt-1">
          <label className="block text-xs">
            {label}
            <input
              className="mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-900"
              value={values[name]}
              aria-invalid={fieldErrors[name] ? true : undefined}
              onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
            />
          </label>
          <InlineFieldError errors={fieldErrors[name]} />
        </div>
      ))}
    </InlineCreateFrame>
  );
}
