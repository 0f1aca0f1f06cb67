'use client';

import { useContext, useState, type ReactNode } from 'react';
import type { ListKey } from '@/lib/drafts/changeset';
import { BlockedItemsContext, useEditorActions } from './editor-context';
import { startTouchDrag } from './touch-drag';

// Reordering by drag and drop (a handle, so text inside stays selectable; a mouse uses HTML
// drag and drop, a finger or pen touch-drag.ts) and by keyboard (move-up / move-down buttons,
// reachable with Tab). Blocks can be dragged between points and camps; points and camps only
// within their own list. On a touch screen every control is at least 44 px square, and delete
// stands apart from the move buttons, so a slip of the finger does not delete.

/** Items move only within their group: blocks between sections, anything else within its own list. */
export type SortGroup = 'block' | 'point' | 'camp' | 'blindSpots' | 'openQuestions' | 'sources' | 'sisterTopics';

/** At least 44 px square where the screen is small or the pointer is a finger. */
const TOUCH_TARGET = 'inline-flex items-center justify-center max-sm:min-h-11 max-sm:min-w-11 pointer-coarse:min-h-11 pointer-coarse:min-w-11';

let dragging: { group: SortGroup; list: ListKey; id: string; index: number } | null = null;

type Props = {
  group: SortGroup;
  list: ListKey;
  id: string;
  index: number;
  count: number;
  /** How the item is named to screen readers and in the undo toast: "段落 · Paragraph 3". */
  label: string;
  children: ReactNode;
  className?: string;
  /** Extra controls shown in the item's toolbar. */
  tools?: ReactNode;
};

/** Where a drop lands: before the item, or after it when dropped on its lower half. */
function dropIndex(event: React.DragEvent, index: number, list: ListKey) {
  const rect = event.currentTarget.getBoundingClientRect();
  let target = event.clientY > rect.top + rect.height / 2 ? index + 1 : index;
  if (dragging && dragging.list === list && dragging.index < target) target -= 1;
  return target;
}

export function SortableItem({ group, list, id, index, count, label, children, className = '', tools }: Props) {
  const { edit, removeWithUndo } = useEditorActions();
  const [over, setOver] = useState(false);
  const blocked = useContext(BlockedItemsContext).has(id);
  const move = (toIndex: number) => edit({ type: 'move', list, id, toList: list, toIndex });
  const button = `rounded px-1.5 py-0.5 text-xs hover:bg-stone-200 disabled:opacity-30 dark:hover:bg-stone-700 ${TOUCH_TARGET}`;
  return (
    <div
      id={`item-${id}`}
      data-sortable={group}
      data-item-id={id}
      data-list={list}
      data-index={index}
      data-incomplete={blocked ? 'true' : undefined}
      aria-label={label}
      role="group"
      className={`${className} ${over ? 'ring-2 ring-sky-500' : ''} data-[drop-target]:ring-2 data-[drop-target]:ring-sky-500 data-[touch-dragging]:opacity-60`}
      onDragOver={(event) => {
        if (dragging?.group !== group || dragging.id === id) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        if (dragging?.group !== group || dragging.id === id) return;
        event.preventDefault();
        event.stopPropagation();
        edit({ type: 'move', list: dragging.list, id: dragging.id, toList: list, toIndex: dropIndex(event, index, list) });
        dragging = null;
      }}
    >
      <div className="flex items-center gap-1 text-stone-500">
        <span
          draggable
          role="button"
          tabIndex={-1}
          aria-label={`拖动 · Drag ${label}`}
          title="拖动排序 · Drag to reorder"
          className={`cursor-grab touch-none select-none px-1 text-base leading-none ${TOUCH_TARGET}`}
          onPointerDown={(event) => {
            if (event.pointerType === 'mouse') return; // the mouse drags with HTML drag and drop
            event.preventDefault();
            startTouchDrag(event.currentTarget, event.pointerId, { group, list, id, index }, (place) =>
              edit({ type: 'move', list, id, toList: place.list, toIndex: place.index }),
            );
          }}
          onDragStart={(event) => {
            dragging = { group, list, id, index };
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', id);
          }}
          onDragEnd={() => (dragging = null)}
        >
          ⠿
        </span>
        <span className="text-xs font-medium">{label}</span>
        {blocked && (
          <a href="#publish-checks" className="rounded bg-amber-100 px-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            未完成 · Incomplete
          </a>
        )}
        <span className="ml-auto flex items-center gap-1">
          {tools}
          <button type="button" className={button} disabled={index === 0} onClick={() => move(index - 1)} aria-label={`上移 · Move up ${label}`}>
            ↑
          </button>
          <button type="button" className={button} disabled={index === count - 1} onClick={() => move(index + 1)} aria-label={`下移 · Move down ${label}`}>
            ↓
          </button>
          <button type="button" className={`${button} text-red-700 max-sm:ml-4 pointer-coarse:ml-4 dark:text-red-400`} onClick={() => removeWithUndo({ type: 'remove', list, id }, label)} aria-label={`删除 · Delete ${label}`}>
            ✕
          </button>
        </span>
      </div>
      {children}
    </div>
  );
}

/** Where blocks can be dropped into an empty (or any) list's end. */
export function DropZone({ group, list, count, label }: { group: SortGroup; list: ListKey; count: number; label: string }) {
  const { edit } = useEditorActions();
  const [over, setOver] = useState(false);
  return (
    <div
      data-drop-zone={list}
      data-drop-group={group}
      data-count={count}
      className={`mt-1 rounded border border-dashed px-2 py-1 text-center text-xs text-stone-600 data-[drop-target]:border-sky-500 dark:text-stone-300 ${over ? 'border-sky-500 text-sky-600' : 'border-stone-300 dark:border-stone-700'}`}
      onDragOver={(event) => {
        if (dragging?.group !== group) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        if (dragging?.group !== group) return;
        event.preventDefault();
        const toIndex = dragging.list === list ? count - 1 : count;
        edit({ type: 'move', list: dragging.list, id: dragging.id, toList: list, toIndex });
        dragging = null;
      }}
    >
      {label}
    </div>
  );
}
