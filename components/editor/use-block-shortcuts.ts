'use client';

import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import type { ListKey } from '@/lib/drafts/changeset';
import type { DraftEdit } from '@/lib/drafts/draft-edits';
import { getList } from '@/lib/drafts/draft-edits';
import type { TopicDocument } from '@/lib/topics/document';
import { ADD_BLOCK_KEYS } from './block-shortcuts';
import { emptyBlock } from './empty-block';

const BLOCKS = '[data-sortable="block"]';
const FIELDS = 'textarea:not(:disabled), input:not(:disabled):not([type=hidden]), select:not(:disabled)';

/** Puts the cursor in the first field of a block, waiting a few frames for React to render it. */
function focusBlock(id: string, frames = 10) {
  const field = document.querySelector<HTMLElement>(`${BLOCKS}[data-item-id="${CSS.escape(id)}"]`)?.querySelector<HTMLElement>(FIELDS);
  if (field) {
    field.focus();
    field.scrollIntoView({ block: 'nearest' });
  } else if (frames > 0) requestAnimationFrame(() => focusBlock(id, frames - 1));
}

/** Where the analyst is: the block holding the focus, or the point or camp around it. */
function focusedPlace(): { list: ListKey; afterId: string | null } | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return null;
  const block = active.closest<HTMLElement>(BLOCKS);
  if (block?.dataset.list) return { list: block.dataset.list as ListKey, afterId: block.dataset.itemId ?? null };
  const section = active.closest<HTMLElement>('[data-sortable="camp"], [data-sortable="point"]');
  return section?.dataset.itemId ? { list: `blocks:${section.dataset.itemId}`, afterId: null } : null;
}

/**
 * Alt+Shift+P/Q/R/N adds a paragraph, quote, paraphrase or note below the block being edited
 * (at the end of the point or camp when the cursor is in its heading) and puts the cursor in it;
 * Alt+Shift+↓/↑ moves the cursor to the next or previous block; Alt+Shift+H opens the list.
 */
export function useBlockShortcuts(draft: TopicDocument, edit: (edit: DraftEdit) => void, toggleHelp: () => void) {
  const draftRef = useRef(draft);
  useEffect(() => {
    draftRef.current = draft;
  }, [draft]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.repeat) return;
      if (event.code === 'KeyH') {
        event.preventDefault();
        toggleHelp();
        return;
      }
      if (event.code === 'ArrowDown' || event.code === 'ArrowUp') {
        const blocks = [...document.querySelectorAll<HTMLElement>(BLOCKS)];
        const active = document.activeElement;
        const current = active instanceof HTMLElement ? active.closest<HTMLElement>(BLOCKS) : null;
        const down = event.code === 'ArrowDown';
        let target: HTMLElement | undefined;
        if (current) target = blocks[blocks.indexOf(current) + (down ? 1 : -1)];
        else if (active instanceof HTMLElement && active !== document.body) {
          // Outside any block: the first block after the cursor, or the last one before it.
          const after = blocks.filter((block) => active.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING);
          target = down ? after[0] : blocks[blocks.length - after.length - 1];
        } else target = down ? blocks[0] : blocks.at(-1);
        if (target?.dataset.itemId) {
          event.preventDefault();
          focusBlock(target.dataset.itemId);
        }
        return;
      }
      const shortcut = ADD_BLOCK_KEYS.find((key) => key.code === event.code);
      const place = shortcut && focusedPlace();
      if (!shortcut || !place) return;
      event.preventDefault();
      const items = getList(draftRef.current, place.list);
      const at = place.afterId ? items.findIndex((item) => item.id === place.afterId) + 1 : items.length;
      const block = emptyBlock(shortcut.kind);
      // Rendered at once, so the keys typed right after the shortcut land in the new block.
      flushSync(() => edit({ type: 'insert', list: place.list, index: at, item: block }));
      focusBlock(block.id);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [edit, toggleHelp]);
}
