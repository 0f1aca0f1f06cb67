'use client';

import { useActionState } from 'react';
import { saveInterviewAction } from '@/app/(editor)/editor/interviews/actions';
import { idleState } from '@/lib/actions/action-state';
import { FieldError, FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { CsrfField } from '@/components/ui/csrf-field';

export type InterviewFormValues = Record<'show' | 'episodeTitle' | 'episodeNumber' | 'publishedOn' | 'url' | 'spokenLanguage' | 'transcriptLanguage' | 'transcriptNotes' | 'notes', string>;

const FIELDS: [keyof InterviewFormValues, string, boolean][] = [
  ['show', '节目 · Show', true],
  ['episodeTitle', '单集标题 · Episode title', true],
  ['episodeNumber', '集数 · Episode number', false],
  ['publishedOn', '日期 (YYYY-MM-DD) · Date', false],
  ['url', '链接 · URL', false],
  ['spokenLanguage', '原声语言 · Spoken language (en, zh …)', true],
  ['transcriptLanguage', '文字稿语言 · Transcript language (empty: none)', false],
  ['transcriptNotes', '文字稿说明(如“英文原音、仅存中文”) · Transcript notes', false],
];

/** The interview's facts, including what transcript exists: the reason paraphrases give. */
export function InterviewForm({ id, initial }: { id?: string; initial: InterviewFormValues }) {
  const [state, action, pending] = useActionState(saveInterviewAction, idleState);
  const values = { ...initial, ...(state.values ?? {}) } as InterviewFormValues;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="mt-4 grid max-w-2xl gap-3" aria-describedby="interview-form-message">
      <CsrfField />
      {id && <input type="hidden" name="id" value={id} />}
      {FIELDS.map(([name, label, required]) => (
        <TextField key={name} id={`interview-${name}`} name={name} label={label} required={required} defaultValue={values[name]} errors={errors[name]} />
      ))}
      <div>
        <label htmlFor="interview-notes" className="block text-sm font-medium">备注 · Notes</label>
        <textarea id="interview-notes" name="notes" rows={3} defaultValue={values.notes} aria-describedby="interview-notes-error" className="mt-1 w-full rounded border border-stone-300 bg-transparent px-3 py-2 dark:border-stone-600" />
        <FieldError id="interview-notes-error" errors={errors.notes} />
      </div>
      <FormMessage id="interview-form-message" state={state} />
      <button type="submit" disabled={pending} className="justify-self-start rounded bg-stone-800 px-4 py-2 text-white disabled:opacity-50 dark:bg-stone-200 dark:text-stone-900">
        {id ? '保存访谈 · Save interview' : '创建访谈 · Create interview'}
      </button>
    </form>
  );
}
