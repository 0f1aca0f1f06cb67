import 'server-only';
import { AuthorizationError } from '@/lib/auth/session';
import type { ActionState } from './action-state';
import { UserFacingError } from './user-facing-error';

// Kept apart so that data code can raise it without importing the session (and Next).
export { UserFacingError };

const PASSWORD_CHANGE_REQUIRED_MESSAGE =
  '你正在使用一次性密码,请先在“账号”页设置自己的密码 · You signed in with a one-time password: choose your own on the Account page first.';

/** PostgreSQL refuses NUL bytes in text (22021): bad input, not a server fault. */
function isUnstorableText(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { message, meta } = error as { message?: unknown; meta?: unknown };
  return /\b22021\b|invalid byte sequence/.test(`${String(message ?? '')} ${JSON.stringify(meta ?? null)}`);
}

/** Turns what a mutation threw into the form's state; anything unexpected is rethrown. */
export function actionError<R>(error: unknown, values?: Record<string, string>): ActionState<R> {
  if (error instanceof AuthorizationError) {
    if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
      return { status: 'error', code: 'FORBIDDEN', message: PASSWORD_CHANGE_REQUIRED_MESSAGE, values };
    }
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
  if (isUnstorableText(error)) {
    return { status: 'error', code: 'INVALID', message: '文字里有无法保存的字符(如 NUL) · The text contains characters that cannot be stored (such as NUL).', values };
  }
  throw error;
}
