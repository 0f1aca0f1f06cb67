'use client';

import { useState } from 'react';
import { transcriptVisibilityAction } from '@/app/(editor)/editor/interviews/[id]/transcript-actions';

/** Whether readers see the passage around each verified quote from this transcript. */
export function TranscriptVisibilityToggle({ transcriptId, isPublic }: { transcriptId: string; isPublic: boolean }) {
  const [checked, setChecked] = useState(isPublic);
  const [error, setError] = useState<string | null>(null);
  return (
    <label className="inline-flex items-center gap-1 text-xs">
      <input
        type="checkbox"
        checked={checked}
        onChange={async (event) => {
          const next = event.target.checked;
          setChecked(next);
          const state = await transcriptVisibilityAction({ transcriptId, isPublic: next }).catch(() => null);
          if (state?.status !== 'success') {
            setChecked(!next);
            setError(state?.message ?? '无法连接服务器 · The server cannot be reached.');
          } else setError(null);
        }}
      />
      读者可见上下文 · Readers see passages
      {error && <span role="alert" className="text-red-700">{error}</span>}
    </label>
  );
}
