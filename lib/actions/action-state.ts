// One state shape for every form's server action: what happened, per-field errors, and the
// submitted values so a refused form can be refilled. Never a Prisma row.
export type ActionCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'INVALID' | 'CONFLICT' | 'NOT_FOUND';

export type ActionState<Result = undefined> = {
  status: 'idle' | 'success' | 'error';
  message?: string;
  code?: ActionCode;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  result?: Result;
};

export const idleState: ActionState = { status: 'idle' };

/** The submitted text fields, for refilling the form (files and passwords are never echoed). */
export function submittedValues(formData: FormData, omit: readonly string[] = ['password']): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$') && !omit.includes(key)) values[key] = value.slice(0, 10_000);
  }
  return values;
}

/** What a form action answers when called without a form (a crafted request, not the page). */
export const MALFORMED_REQUEST: ActionState<never> = {
  status: 'error',
  code: 'INVALID',
  message: '请求格式不对 · The request is malformed.',
};
