import { describe, expect, it } from 'vitest';
import { campAnchor, isLabelPinned, positionLabel, relabelCamps, unpinLabel, type LabelledCamp } from './camp-labels';

const camp = (id: string, label: string, extra: Partial<LabelledCamp> = {}): LabelledCamp => ({ id, label, ...extra });
const anchors = (camps: LabelledCamp[]) => camps.map(campAnchor);

describe('camp letters', () => {
  it('counts A … Z, then AA … AX for the 50 camps a page may have', () => {
    expect([0, 1, 25, 26, 27, 49].map(positionLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AX']);
  });

  it('follow position after a move, and each moved camp keeps its old anchor', () => {
    const moved = relabelCamps([camp('2', 'B'), camp('1', 'A'), camp('3', 'C')]);
    expect(moved.map((c) => c.label)).toEqual(['A', 'B', 'C']);
    expect(anchors(moved)).toEqual(['camp-b', 'camp-a', 'camp-c']);
  });

  it('leave unchanged camps as the same objects', () => {
    const camps = [camp('1', 'A'), camp('2', 'B')];
    const next = relabelCamps(camps);
    expect(next[0]).toBe(camps[0]);
    expect(next[1]).toBe(camps[1]);
  });

  it('skip pinned labels and labels that are not letters', () => {
    const next = relabelCamps([camp('1', 'Z', { labelPinned: true }), camp('2', '甲'), camp('3', 'A')]);
    expect(next.map((c) => c.label)).toEqual(['Z', '甲', 'C']);
    expect(isLabelPinned(next[1]!)).toBe(true);
  });

  it('give a new camp a suffixed anchor when its letter is an anchor another camp kept', () => {
    // C moved first (keeps #camp-c), then a camp added at the third place is C as well.
    const next = relabelCamps([camp('3', 'A', { anchor: 'c' }), camp('2', 'B'), camp('4', 'C')]);
    expect(anchors(next)).toEqual(['camp-c', 'camp-b', 'camp-c-2']);
    expect(new Set(anchors(relabelCamps([camp('1', 'B', { labelPinned: true }), camp('2', 'B')]))).size).toBe(2);
  });

  it('unpinning takes the position letter and keeps the old anchor', () => {
    expect(unpinLabel(camp('1', 'Z', { labelPinned: true }), 1)).toEqual({ labelPinned: undefined, label: 'B', anchor: 'z' });
  });
});
