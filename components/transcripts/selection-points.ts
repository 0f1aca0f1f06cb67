// Where a browser selection starts and ends, as (segment position, character offset) pairs of
// the transcript reader's rows. Each row's text sits in an element marked data-segment-text
// inside a row marked data-position; a selection edge outside the text (on a timecode or a name)
// counts as the start or end of that row's text.

export type SelectionPoint = { position: number; offset: number };

function pointOf(node: Node, offset: number, edge: 'start' | 'end'): SelectionPoint | null {
  const element = node instanceof Element ? node : node.parentElement;
  const row = element?.closest<HTMLElement>('[data-position]');
  if (!row) return null;
  const position = Number(row.dataset.position);
  const text = row.querySelector<HTMLElement>('[data-segment-text]');
  if (!text) return null;
  if (!text.contains(node)) return { position, offset: edge === 'start' ? 0 : (text.textContent ?? '').length };
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(node, offset);
  return { position, offset: range.toString().length };
}

export function selectionPoints(container: HTMLElement): { start: SelectionPoint; end: SelectionPoint } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const start = pointOf(range.startContainer, range.startOffset, 'start');
  const end = pointOf(range.endContainer, range.endOffset, 'end');
  return start && end ? { start, end } : null;
}
