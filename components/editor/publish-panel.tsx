'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { proposeChangelogAction, publishAction, unpublishAction, type PublishResult } from '@/app/(editor)/editor/topics/[id]/actions';
import type { PublishBlocker, PublishWarning } from '@/lib/drafts/publish-blockers';
import type { CoverageWarning } from '@/lib/evidence/coverage';

type Props = {
  topicId: string;
  published: { slug: string; publishNumber: number } | null;
  blockers: PublishBlocker[];
  /** Publishing was tried while something blocked it: the list turns red and every field says what it lacks. */
  attempted: boolean;
  onAttempt: () => void;
  /** Inferred speakers not yet confirmed: publishing is allowed, and vouches for them. */
  warnings: PublishWarning[];
  /** Thin evidence (lib/evidence/coverage.ts): shown, never blocking. */
  evidenceWarnings: CoverageWarning[];
  onConfirmAll: () => void;
  /** Saves what is pending; false when something is still unsaved. */
  flush: () => Promise<boolean>;
  version: () => number;
  onPublished: (result: PublishResult) => void;
  onUnpublished: () => void;
};

const button = 'rounded px-3 py-1 text-sm disabled:opacity-40';

/** After the link scrolls there: the first field of the item, ready to type in. */
function focusField(anchor: string) {
  requestAnimationFrame(() => document.getElementById(anchor)?.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true }));
}

function ConfirmButtons({ confirm, tone, onConfirm, onCancel }: { confirm: string; tone: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="mt-2 flex gap-2">
      <button type="button" className={`${button} ${tone} text-white`} onClick={onConfirm}>
        {confirm}
      </button>
      <button type="button" className={`${button} border border-stone-400`} onClick={onCancel}>
        取消 · Cancel
      </button>
    </div>
  );
}

// Publishing: everything saved first, then a changelog line the analyst accepts or rewrites
// (proposed from what changed since the last publish), then the public page updates.
export function PublishPanel({ topicId, published, blockers, attempted, onAttempt, warnings, evidenceWarnings, onConfirmAll, flush, version, onPublished, onUnpublished }: Props) {
  const id = useId();
  const [step, setStep] = useState<'idle' | 'confirm-publish' | 'confirm-unpublish' | 'busy'>('idle');
  const [line, setLine] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const startPublish = async () => {
    setMessage(null);
    // Drafts may be incomplete; readers may not see them so. The attempt shows what is missing.
    if (blockers.length > 0) {
      onAttempt();
      setMessage({ tone: 'error', text: `还不能发布:下列 ${blockers.length} 项需要先处理 · Not published yet: ${blockers.length} items below need attention first.` });
      return;
    }
    setStep('busy');
    if (!(await flush())) {
      setStep('idle');
      setMessage({ tone: 'error', text: '还有未保存的修改,保存后才能发布 · Some edits are not saved yet; publish once they are.' });
      return;
    }
    const proposal = await proposeChangelogAction(topicId).catch(() => null);
    setLine(proposal?.status === 'success' ? (proposal.result ?? '') : '');
    setStep('confirm-publish');
  };

  const publish = async () => {
    setStep('busy');
    const state = await publishAction({ topicId, expectedVersion: version(), changelogLine: line }).catch(() => null);
    setStep('idle');
    if (state?.status === 'success' && state.result) {
      onPublished(state.result);
      setMessage({ tone: 'ok', text: state.message ?? '' });
    } else setMessage({ tone: 'error', text: state?.message ?? '无法连接服务器 · The server cannot be reached.' });
  };

  const unpublish = async () => {
    setStep('busy');
    const state = await unpublishAction(topicId).catch(() => null);
    setStep('idle');
    if (state?.status === 'success') onUnpublished();
    setMessage({ tone: state?.status === 'success' ? 'ok' : 'error', text: state?.message ?? '无法连接服务器 · The server cannot be reached.' });
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={`${button} bg-emerald-700 text-white`} disabled={step !== 'idle'} onClick={startPublish}>
          发布… · Publish…
        </button>
        {published && (
          <>
            <Link href={`/topics/${published.slug}`} className="text-sm underline underline-offset-2">
              公开页面(第 {published.publishNumber} 版) · Public page (version {published.publishNumber})
            </Link>
            <button type="button" className={`${button} border border-red-700 text-red-700 dark:text-red-400`} disabled={step !== 'idle'} onClick={() => setStep('confirm-unpublish')}>
              撤下 · Unpublish
            </button>
          </>
        )}
      </div>
      {blockers.length > 0 && (
        <ul id="publish-checks" className={`list-disc pl-5 text-xs ${attempted ? 'text-red-700 dark:text-red-400' : 'text-stone-700 dark:text-stone-300'}`} aria-label="发布前需要修正 · To fix before publishing">
          {blockers.map((b) => (
            <li key={`${b.rule}:${b.blockId}:${b.message}`}>
              {b.anchor ? (
                <a href={`#${b.anchor}`} onClick={() => focusField(b.anchor!)} className="underline underline-offset-2">
                  {b.message}
                </a>
              ) : (
                b.message
              )}
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <div className="rounded border border-amber-600 p-2 text-xs text-amber-900 dark:text-amber-200">
          <ul className="list-disc pl-5" aria-label="发布前请确认 · To confirm before publishing">
            {warnings.map((w) => (
              <li key={w.blockId}>{w.message}</li>
            ))}
          </ul>
          <button type="button" className={`${button} mt-2 border border-amber-700`} onClick={onConfirmAll}>
            全部确认({warnings.length})· Confirm all ({warnings.length})
          </button>
        </div>
      )}
      {evidenceWarnings.length > 0 && (
        <details className="rounded border border-stone-300 p-2 text-xs dark:border-stone-700">
          <summary className="cursor-pointer">
            证据提醒 {evidenceWarnings.length} 条(不影响发布) · {evidenceWarnings.length} evidence warnings (publishing is not blocked)
          </summary>
          <ul className="mt-1 list-disc pl-5 text-amber-800 dark:text-amber-300" aria-label="证据提醒 · Evidence warnings">
            {evidenceWarnings.map((w) => (
              <li key={`${w.sectionId}:${w.rule}:${w.message}`}>{w.message}</li>
            ))}
          </ul>
        </details>
      )}
      {step === 'confirm-publish' && (
        <div className="rounded border border-emerald-700 p-3">
          {warnings.length > 0 && (
            <p className="mb-2 text-xs text-amber-900 dark:text-amber-200">
              还有 {warnings.length} 处推断的讲者未确认;发布即表示你认可它们。 · {warnings.length} inferred speakers are not confirmed; publishing vouches for them.
            </p>
          )}
          <label htmlFor={`${id}-line`} className="block text-sm font-medium">
            更新日志(可修改) · Changelog line (edit or accept)
          </label>
          <textarea id={`${id}-line`} rows={2} value={line} onChange={(e) => setLine(e.target.value)} className="mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-900" />
          <ConfirmButtons confirm="确认发布 · Publish now" tone="bg-emerald-700" onConfirm={publish} onCancel={() => setStep('idle')} />
        </div>
      )}
      {step === 'confirm-unpublish' && (
        <div className="rounded border border-red-700 p-3 text-sm">
          <p>撤下后读者将看不到这个主题,草稿和历史保留。 · Readers will no longer see this topic; the draft and history stay.</p>
          <ConfirmButtons confirm="确认撤下 · Unpublish now" tone="bg-red-700" onConfirm={unpublish} onCancel={() => setStep('idle')} />
        </div>
      )}
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`text-sm ${message.tone === 'error' ? 'text-red-700 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
