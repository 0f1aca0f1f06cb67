'use client';

import { memo } from 'react';
import type { ListKey } from '@/lib/drafts/changeset';
import { LIMITS, type Block } from '@/lib/topics/document';
import { BLOCK_LABELS } from './block-labels';
import { useEditorActions } from './editor-context';
import { Field } from './field';
import { QuoteFields } from './quote-fields';
import { InterviewPicker, SpeakersPicker } from './ref-pickers';
import { SortableItem } from './sortable-item';

const TONE: Record<Block['kind'], string> = {
  paragraph: 'border-stone-200 dark:border-stone-700',
  quote: 'border-sky-300 dark:border-sky-800',
  paraphrase: 'border-violet-300 dark:border-violet-800',
  note: 'border-amber-300 dark:border-amber-800',
};

type Props = { list: ListKey; block: Block; index: number; count: number };

/**
 * One block of a point or camp. Memoised: typing elsewhere does not re-render it. Laid out
 * lazily (content-visibility) on big topics, which also clips what overflows the card: while
 * a picker's suggestion list is open the card is laid out normally, or the list would be cut
 * off at the card's edge and a click on it would land on the drop zone below.
 */
export const BlockCard = memo(function BlockCard({ list, block, index, count }: Props) {
  const { edit } = useEditorActions();
  const set = (patch: Record<string, unknown>) => edit({ type: 'update', list, id: block.id, patch });
  return (
    <SortableItem group="block" list={list} id={block.id} index={index} count={count} label={`${BLOCK_LABELS[block.kind]} ${index + 1}`} className={`rounded border-l-4 ${TONE[block.kind]} bg-white p-2 [contain-intrinsic-size:auto_180px] [content-visibility:auto] has-[[role=listbox]]:[content-visibility:visible] dark:bg-stone-900`}>
      {block.kind === 'quote' ? (
        <QuoteFields list={list} block={block} />
      ) : (
        <div className="space-y-2">
          <Field
            label={block.kind === 'paraphrase' ? '转述内容 · What was said, in other words' : block.kind === 'note' ? '编者注 · Note' : '文字 · Text'}
            hint={block.kind === 'paragraph' || block.kind === 'note' ? '*强调* · **加粗** · [链接](https://…)' : undefined}
            multiline
            rows={block.kind === 'paragraph' ? 4 : 3}
            value={block.text}
            onChange={(text) => set({ text })}
            issueKey={`${block.id}.text`}
            maxLength={LIMITS.paragraph}
          />
          {block.kind === 'paraphrase' && (
            <>
              <Field label="为何转述 · Why paraphrased" hint="发布前必填 · Required before publishing" value={block.reason} onChange={(reason) => set({ reason })} issueKey={`${block.id}.reason`} maxLength={500} />
              <SpeakersPicker label="讲者(可选) · Speaker (optional)" single speakers={block.speaker ? [block.speaker] : []} onChange={(s) => set({ speaker: s[0] ?? null })} />
              <InterviewPicker label="访谈(可选) · Interview (optional)" interview={block.interview} onChange={(interview) => set({ interview })} />
            </>
          )}
        </div>
      )}
    </SortableItem>
  );
});
