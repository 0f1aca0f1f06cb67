import type { InputHTMLAttributes } from 'react';
import { FieldError } from './form-message';

type Props = InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; errors?: string[] };

/** A labelled input with its server-side errors tied to it for screen readers. */
export function TextField({ id, label, errors, className, ...input }: Props) {
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : undefined}
        className="mt-1 w-full rounded border border-stone-300 bg-transparent px-3 py-2 dark:border-stone-600"
        {...input}
      />
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
