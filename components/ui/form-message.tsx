import type { ActionState } from '@/lib/actions/action-state';

/** The outcome line of a form, announced to screen readers. */
export function FormMessage({ id, state }: { id: string; state: ActionState<unknown> }) {
  return (
    <p
      id={id}
      role={state.status === 'error' ? 'alert' : 'status'}
      aria-live="polite"
      className={`min-h-5 text-sm ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}`}
    >
      {state.status !== 'idle' && state.message}
    </p>
  );
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700 dark:text-red-400">
      {errors.join(' ')}
    </p>
  );
}
