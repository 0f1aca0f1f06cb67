'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { proposeChangelogAction, publishAction, unpublishAction, type PublishResult } from '@/app/(editor)/editor/topics/[id]/actions';
import type { PublishBlocker } from '@/lib/drafts/publish-blockers';

type Props = {
  topicId: string;
  published: { slug: string; publishNumber: number } | null;
  blockers: PublishBlocker[];
  /** Saves what is pending; false when something is still unsaved. */
  flush: () => Promise<boolean>;
  version: () => number;
  onPublished: (result: PublishResult) => void;
  onUnpublished: () => void;
};

const button = 'rounded px-3 py-1 text-sm disabled:opacity-40';

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
export function PublishPanel({ topicId, published, blockers, flush, version, onPublished, onUnpublished }: Props) {
  const id = useId();
  const [step, setStep] = useState<'idle' | 'confirm-publish' | 'confirm-unpublish' | 'busy'>('idle');
  const [line, setLine] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const startPublish = async () => {
    setMessage(null);
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
        <button type="button" className={`${button} bg-emerald-700 text-white`} disabled={step !== 'idle' || blockers.length > 0} onClick={startPublish}>
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
        <ul className="list-disc pl-5 text-xs text-red-700 dark:text-red-400" aria-label="发布前需要修正 · To fix before publishing">
          {blockers.map((b) => (
            <li key={b.blockId}>{b.message}</li>
          ))}
        </ul>
      )}
      {step === 'confirm-publish' && (
        <div className="rounded border border-emerald-700 p-3">
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
