'use client';

import { useContext, useId } from 'react';
import { FieldLeftContext, useFieldIssue } from './editor-context';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** `<item id>.<field>`: where validation messages for this field are filed. */
  issueKey: string;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  hint?: string;
  lang?: string;
  className?: string;
};

/** A labelled text input or textarea with its validation message right under it. */
export function Field({ label, value, onChange, issueKey, multiline, rows = 3, maxLength, placeholder, hint, lang, className }: Props) {
  const id = useId();
  const issue = useFieldIssue(issueKey);
  const left = useContext(FieldLeftContext);
  const describedBy = [issue ? `${id}-issue` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    placeholder,
    'data-field': issueKey,
    lang,
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
    onBlur: () => left(issueKey),
    className: `mt-1 w-full rounded border bg-white px-2 py-1 text-sm dark:bg-stone-900 ${issue ? 'border-red-600' : 'border-stone-300 dark:border-stone-600'}`,
  };
  return (
    // The publish list links here (lib/topics/publishable.ts names page fields `field-<key>`).
    <div className={className} id={`field-${issueKey}`}>
      <label htmlFor={id} className="block text-xs font-medium text-stone-600 dark:text-stone-300">
        {label}
        {maxLength && value.length > maxLength * 0.9 ? (
          <span className="ml-2 tabular-nums text-stone-500">{value.length} / {maxLength}</span>
        ) : null}
      </label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      {hint && <p id={`${id}-hint`} className="mt-0.5 text-xs text-stone-500">{hint}</p>}
      {issue && (
        <p id={`${id}-issue`} className="mt-0.5 text-xs text-red-700 dark:text-red-400">
          {issue}
        </p>
      )}
    </div>
  );
}
