'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { trashTopicAction } from '@/app/(editor)/editor/topics/[id]/actions';

/** The editor's danger zone: the whole topic to the trash, after a second click. */
export function TrashTopicButton({ topicId }: { topicId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const trash = async () => {
    const state = await trashTopicAction(topicId).catch(() => null);
    // The desk says what happened, by name: the editor the analyst was in is gone.
    if (state?.status === 'success') router.push(`/editor?trashed=${encodeURIComponent(topicId)}`);
    else setMessage(state?.message ?? '无法连接服务器 · The server cannot be reached.');
  };
  return (
    <section aria-label="危险操作 · Danger zone" className="rounded border border-red-300 p-3 text-sm dark:border-red-900">
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span>主题会离开公开网站,管理员可从回收站恢复。 · The topic leaves the public site; an admin can restore it from the trash.</span>
          <button type="button" onClick={trash} className="rounded bg-red-700 px-2 py-1 text-white">
            确认移到回收站 · Move to trash now
          </button>
          <button type="button" onClick={() => setConfirming(false)} className="rounded border border-stone-400 px-2 py-1">
            取消 · Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="text-red-700 underline dark:text-red-400">
          把主题移到回收站 · Move this topic to the trash
        </button>
      )}
      {message && <p role="alert" className="mt-1 text-red-700 dark:text-red-400">{message}</p>}
    </section>
  );
}
