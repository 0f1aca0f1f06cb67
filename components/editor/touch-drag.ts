'use client';

import type { ListKey } from '@/lib/drafts/changeset';

// Drag and drop by touch. HTML drag and drop (sortable-item.tsx) answers only a mouse: on a
// phone, a finger on the handle scrolled the page. A touch or pen on the handle (which has
// `touch-action: none`) follows the finger with pointer events instead, marks the item or drop
// zone under it, scrolls when the finger nears the screen's top or bottom edge, and drops where
// the finger is lifted — with the same rules as a mouse drop.

export type DragSource = { group: string; list: ListKey; id: string; index: number };
export type DropPlace = { list: ListKey; index: number };

const EDGE_PX = 64;
const SCROLL_STEP_PX = 16;

/** The sortable item or drop zone of the source's group under a point, never the source itself. */
function targetAt(x: number, y: number, source: DragSource): HTMLElement | null {
  const target = document
    .elementFromPoint(x, y)
    ?.closest<HTMLElement>(`[data-sortable="${source.group}"], [data-drop-zone][data-drop-group="${source.group}"]`);
  return target && target.dataset.itemId !== source.id ? target : null;
}

/** Where a drop on `target` at height `y` puts the source: as a mouse drop would (sortable-item.tsx). */
export function placeOf(target: HTMLElement, y: number, source: DragSource): DropPlace {
  if (target.dataset.dropZone !== undefined) {
    const list = target.dataset.dropZone as ListKey;
    const count = Number(target.dataset.count);
    return { list, index: list === source.list ? count - 1 : count };
  }
  const list = target.dataset.list as ListKey;
  const rect = target.getBoundingClientRect();
  let index = Number(target.dataset.index) + (y > rect.top + rect.height / 2 ? 1 : 0);
  if (list === source.list && source.index < index) index -= 1;
  return { list, index };
}

/** Follows one touch or pen from the handle it went down on until it is lifted or cancelled. */
export function startTouchDrag(handle: HTMLElement, pointerId: number, source: DragSource, onDrop: (place: DropPlace) => void) {
  handle.setPointerCapture(pointerId);
  const item = handle.closest<HTMLElement>('[data-sortable]');
  item?.setAttribute('data-touch-dragging', 'true');
  let over: HTMLElement | null = null;
  let edgeScroll = 0;
  const mark = (next: HTMLElement | null) => {
    if (next === over) return;
    over?.removeAttribute('data-drop-target');
    next?.setAttribute('data-drop-target', 'true');
    over = next;
  };
  const onMove = (event: PointerEvent) => {
    if (event.pointerId !== pointerId) return;
    edgeScroll = event.clientY < EDGE_PX ? -SCROLL_STEP_PX : event.clientY > window.innerHeight - EDGE_PX ? SCROLL_STEP_PX : 0;
    mark(targetAt(event.clientX, event.clientY, source));
  };
  const timer = window.setInterval(() => edgeScroll && window.scrollBy(0, edgeScroll), 30);
  const finish = (event: PointerEvent) => {
    if (event.pointerId !== pointerId) return;
    window.clearInterval(timer);
    handle.removeEventListener('pointermove', onMove);
    handle.removeEventListener('pointerup', finish);
    handle.removeEventListener('pointercancel', finish);
    item?.removeAttribute('data-touch-dragging');
    mark(null);
    if (event.type !== 'pointerup') return;
    const target = targetAt(event.clientX, event.clientY, source);
    if (target) onDrop(placeOf(target, event.clientY, source));
  };
  handle.addEventListener('pointermove', onMove);
  handle.addEventListener('pointerup', finish);
  handle.addEventListener('pointercancel', finish);
}
