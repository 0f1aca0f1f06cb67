import type { SaveStatus } from './use-draft-sync';

const TEXT: Record<SaveStatus, string> = {
  saved: '已保存 · Saved',
  saving: '正在保存… · Saving…',
  unsaved: '有未保存的修改 · Unsaved changes',
  offline: '离线:修改留在本机,稍后自动重试 · Offline: edits kept in this browser, retrying',
  conflict: '有冲突,请在下方处理 · Conflict: resolve it below',
  invalid: '未保存:有字段需要修改 · Not saved: some fields need attention',
  error: '未保存 · Not saved',
};

const TONE: Record<SaveStatus, string> = {
  saved: 'text-emerald-700 dark:text-emerald-400',
  saving: 'text-stone-500',
  unsaved: 'text-stone-600 dark:text-stone-300',
  offline: 'text-amber-700 dark:text-amber-400',
  conflict: 'text-red-700 dark:text-red-400',
  invalid: 'text-red-700 dark:text-red-400',
  error: 'text-red-700 dark:text-red-400',
};

/** The one line that always says where the analyst's work stands. */
export function SaveStatusLine({ status, message, issueCount, backupFailed, className = '' }: { status: SaveStatus; message: string | null; issueCount: number; backupFailed: boolean; className?: string }) {
  return (
    <p role="status" aria-live="polite" data-save-state={status} className={`text-sm ${TONE[status]} ${className}`}>
      {TEXT[status]}
      {status === 'invalid' && issueCount > 0 ? `(${issueCount})` : ''}
      {status === 'error' && message ? `:${message}` : ''}
      {backupFailed && status !== 'saved' ? ' · 浏览器存储不可用,请勿关闭此页 · Browser storage unavailable: keep this tab open' : ''}
    </p>
  );
}
