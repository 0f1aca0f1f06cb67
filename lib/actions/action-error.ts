import 'server-only';
import { AuthorizationError } from '@/lib/auth/session';
import type { ActionState } from './action-state';
import { UserFacingError } from './user-facing-error';

// Kept apart so that data code can raise it without importing the session (and Next).
export { UserFacingError };

/** Turns what a mutation threw into the form's state; anything unexpected is rethrown. */
export function actionError<R>(error: unknown, values?: Record<string, string>): ActionState<R> {
  if (error instanceof AuthorizationError) {
    return {
      status: 'error',
      code: error.code,
      message:
        error.code === 'UNAUTHENTICATED'
          ? '请先登录 · Please sign in first.'
          : '你的角色没有这个权限 · Your role does not allow this.',
      values,
    };
  }
  if (error instanceof UserFacingError) return { status: 'error', code: error.code, message: error.message, values };
  throw error;
}
