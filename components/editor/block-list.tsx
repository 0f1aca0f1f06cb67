'use client';

import { memo, useState } from 'react';
import type { ListKey } from '@/lib/drafts/changeset';
import type { Block } from '@/lib/topics/document';
import { BlockCard } from './block-card';
import { BLOCK_LABELS } from './block-labels';
import { emptyBlock } from './empty-block';
import { newId, useEditorActions } from './editor-context';
import { LibraryPicker } from './library-picker';
import { PasteFragment } from './paste-fragment';
import { DropZone } from './sortable-item';

const quoteSummary = (quote: { original: { text: string } | null; translation: { text: string } | null; speakers: { name: string }[]; useCount: number }) =>
  `${(quote.original ?? quote.translation)?.text.slice(0, 90) ?? ''} — ${quote.speakers.map((s) => s.name).join(', ') || '?'} (${quote.useCount})`;

/** The ordered blocks of one point or camp, with the buttons that add to it. */
export const BlockList = memo(function BlockList({ parentId, blocks }: { parentId: string; blocks: Block[] }) {
  const { edit, noteQuoteUses } = useEditorActions();
  const list: ListKey = `blocks:${parentId}`;
  const [fromLibrary, setFromLibrary] = useState(false);
  const add = (block: Block) => edit({ type: 'insert', list, index: blocks.length, item: block });
  return (
    <div className="mt-2 space-y-2">
      {blocks.map((block, index) => (
        <BlockCard key={block.id} list={list} block={block} index={index} count={blocks.length} />
      ))}
      <DropZone group="block" list={list} count={blocks.length} label="拖到这里放在末尾 · Drop here to put it last" />
      <div className="flex flex-wrap gap-1 text-xs">
        {(Object.keys(BLOCK_LABELS) as Block['kind'][]).map((kind) => (
          <button key={kind} type="button" onClick={() => add(emptyBlock(kind))} className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
            + {BLOCK_LABELS[kind]}
          </button>
        ))}
        <button type="button" onClick={() => setFromLibrary((v) => !v)} aria-expanded={fromLibrary} className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
          + 引语库 · From quote library
        </button>
        <PasteFragment onInsert={(pasted) => pasted.forEach((block, offset) => edit({ type: 'insert', list, index: blocks.length + offset, item: block }))} />
      </div>
      {fromLibrary && (
        <LibraryPicker
          kind="quote"
          label="在引语库中搜索(文字、讲者、访谈) · Search the quote library (text, speaker, interview)"
          describe={quoteSummary}
          onPick={(picked) => {
            const { id, original, translation, speakers, interview, usedIn } = picked;
            noteQuoteUses(id, usedIn);
            add({ id: newId(), kind: 'quote', seeAlso: null, quote: { id, original, translation, speakers, interview } });
            setFromLibrary(false);
          }}
        />
      )}
    </div>
  );
});
