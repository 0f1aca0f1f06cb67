'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { FieldIssue } from '@/lib/drafts/document-issues';
import { HELP_KEYS, SAVE_KEYS } from './block-shortcuts';
import { SaveStatusLine } from './save-status';
import type { SaveStatus } from './use-draft-sync';

type Props = {
  topicId: string;
  titleZh: string;
  titleEn: string;
  save: { status: SaveStatus; message: string | null; issueCount: number; backupFailed: boolean; saveNow: () => void };
  blockerCount: number;
  pageIssues: FieldIssue[];
  unpublishedChanges: boolean;
  onShortcuts: () => void;
};

/**
 * The editor's sticky bar: the topic, where the work stands, and the page's actions. On a phone
 * it is one line (title, save state, a menu button; 60 px of 844) and the actions open under
 * it: all of them at once took 250 px, a third of the screen.
 */
export function EditorBar({ topicId, titleZh, titleEn, save, blockerCount, pageIssues, unpublishedChanges, onShortcuts }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div data-editor-bar className="sticky top-0 z-10 -mx-4 border-b border-stone-200 bg-stone-50 px-4 py-2 dark:border-stone-800 dark:bg-stone-950">
      <div className="flex flex-wrap items-center gap-3 max-sm:gap-2">
        <h1 className="mr-auto min-w-0 truncate text-lg font-bold max-sm:flex-1 max-sm:text-base">
          {titleZh || '(无标题)'} <span className="font-normal text-stone-500">· {titleEn}</span>
        </h1>
        {unpublishedChanges && (
          // On a phone the sentence below waits in the menu; this mark keeps the fact in view.
          <span title="未发布的修改 · Unpublished changes" className="rounded bg-amber-100 px-1 text-xs text-amber-900 sm:hidden dark:bg-amber-900 dark:text-amber-100">
            未发布<span className="sr-only"> · Unpublished changes</span>
          </span>
        )}
        <SaveStatusLine status={save.status} message={save.message} issueCount={save.issueCount} backupFailed={save.backupFailed} className="max-sm:max-w-[40%] max-sm:truncate max-sm:text-xs" />
        <button
          type="button"
          className="inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-stone-400 sm:hidden"
          aria-expanded={open}
          aria-controls="editor-bar-actions"
          aria-label={open ? '收起操作 · Hide actions' : '更多操作 · More actions'}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? '✕' : '⋯'}
        </button>
        <div id="editor-bar-actions" className={`${open ? 'flex' : 'hidden'} flex-wrap items-center gap-3 max-sm:basis-full sm:contents`}>
          {blockerCount > 0 && (
            <a href="#publish-checks" data-publish-blockers={blockerCount} className="text-sm text-amber-800 underline underline-offset-2 dark:text-amber-300">
              发布前待处理 {blockerCount} 项 · {blockerCount} to resolve before publishing
            </a>
          )}
          <button type="button" onClick={save.saveNow} className="rounded border border-stone-400 px-2 py-1 text-sm max-sm:min-h-11" title={SAVE_KEYS}>
            保存 · Save
          </button>
          <Link href={`/editor/topics/${topicId}/preview`} className="text-sm underline underline-offset-2" target="_blank">
            预览 · Preview
          </Link>
          <Link href={`/editor/topics/${topicId}/history`} className="text-sm underline underline-offset-2">
            历史 · History
          </Link>
          <button type="button" onClick={onShortcuts} className="text-sm underline underline-offset-2 max-sm:min-h-11" title={HELP_KEYS}>
            快捷键 · Shortcuts
          </button>
        </div>
      </div>
      {pageIssues.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-xs text-red-700 dark:text-red-400" aria-label="整页的问题 · Problems with the whole page">
          {pageIssues.map((issue) => (
            <li key={issue.key}>{issue.message}</li>
          ))}
        </ul>
      )}
      {unpublishedChanges && <p className={`text-xs text-amber-700 dark:text-amber-400 ${open ? '' : 'max-sm:hidden'}`}>草稿有尚未发布的修改 · The draft has unpublished changes.</p>}
    </div>
  );
}
