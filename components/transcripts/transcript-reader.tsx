'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { SegmentRow } from '@/lib/transcripts/queries';
import { selectionPoints, type SelectionPoint } from './selection-points';
import { formatTimecode } from './timecode';

// A transcript of thousands of segments read without jank: only the rows on screen (and a few
// around them) are in the page (@tanstack/react-virtual), each measured as it renders.

type Props = {
  segments: SegmentRow[];
  /** Scrolls to this segment when it changes (a search hit was picked). */
  focus: number | null;
  onSelect: (points: { start: SelectionPoint; end: SelectionPoint } | null) => void;
};

export function TranscriptReader({ segments, focus, onSelect }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer is this component's own state; none of its functions reach a memoised child.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: segments.length, getScrollElement: () => scroller.current, estimateSize: () => 64, overscan: 8 });

  useEffect(() => {
    if (focus !== null) virtualizer.scrollToIndex(focus, { align: 'center' });
  }, [focus, virtualizer]);

  return (
    <div
      ref={scroller}
      className="h-96 overflow-auto rounded border border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-900"
      role="region"
      aria-label="文字稿 · Transcript"
      tabIndex={0}
      onMouseUp={() => onSelect(scroller.current ? selectionPoints(scroller.current) : null)}
      onKeyUp={() => onSelect(scroller.current ? selectionPoints(scroller.current) : null)}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const segment = segments[item.index]!;
          return (
            <div
              key={item.key}
              data-index={item.index}
              data-position={segment.position}
              ref={virtualizer.measureElement}
              className={`absolute left-0 top-0 w-full px-3 py-1.5 text-sm ${focus === item.index ? 'bg-amber-50 dark:bg-amber-950' : ''}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <div className="flex gap-2 text-xs text-stone-500 select-none">
                <span className="tabular-nums">{formatTimecode(segment.startMs)}</span>
                {segment.label && <span className="font-medium">{segment.speaker ?? `${segment.label}(未对应 · unmapped)`}</span>}
              </div>
              <p data-segment-text="">{segment.text}</p>
            </div>
          );
        })}
      </div>
    </div>
  );
}
