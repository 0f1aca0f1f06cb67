import 'server-only';
import { cookies } from 'next/headers';
import { getCurrentUser } from '@/lib/auth/session';
import { CSRF_COOKIE, CSRF_FIELD, csrfFieldText, sameCsrfToken } from '@/lib/security/csrf-token';
import { MALFORMED_REQUEST, type ActionState } from './action-state';
import { refuseOversizedForm } from './form-limits';

export const STALE_FORM: ActionState<never> = {
  status: 'error',
  code: 'FORBIDDEN',
  message: '页面已过期,请刷新后再提交 · This page is out of date: reload it and submit again.',
};

/**
 * The first line of every form action: a refusal for a body that is not a form or has too
 * many fields (form-limits.ts), or for a signed-in user's form without this browser's token (a post made from another site); null
 * when the action may go on. Signed out there is no session to borrow, and the action's own
 * role check answers.
 */
export async function refuseForm(formData: unknown): Promise<ActionState<never> | null> {
  const malformed = refuseOversizedForm(formData);
  if (malformed) return malformed;
  if (!(formData instanceof FormData)) return MALFORMED_REQUEST;
  if (!(await getCurrentUser())) return null;
  const expected = (await cookies()).get(CSRF_COOKIE)?.value;
  return sameCsrfToken(await csrfFieldText(formData.get(CSRF_FIELD)), expected) ? null : STALE_FORM;
}
