import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENSUS_PLACE, positionChanges, speakerSteps, type PositionRow } from './position-changes';

const consensus = { place: CONSENSUS_PLACE, label: null, stance: null };
const camp = (id: string, label: string) => ({ place: id, label, stance: `stance ${label}` });
const row = (speakerId: string, place: ReturnType<typeof camp> | typeof consensus): PositionRow => ({ speakerId, speakerName: `Name ${speakerId}`, ...place });

describe('positionChanges', () => {
  it('names who joined, who left and who moved, and leaves out who stayed', () => {
    const before = [row('a', camp('c1', 'A')), row('b', camp('c1', 'A')), row('c', consensus)];
    const after = [row('a', camp('c2', 'B')), row('c', consensus), row('d', camp('c1', 'A'))];
    expect(positionChanges(before, after)).toEqual([
      { kind: 'moved', speakerId: 'a', speakerName: 'Name a', from: [camp('c1', 'A')], to: [camp('c2', 'B')] },
      { kind: 'left', speakerId: 'b', speakerName: 'Name b', from: [camp('c1', 'A')], to: [] },
      { kind: 'joined', speakerId: 'd', speakerName: 'Name d', from: [], to: [camp('c1', 'A')] },
    ]);
  });

  it('reads the consensus to a camp as a move, and a relabelled camp as no move', () => {
    expect(positionChanges([row('a', consensus)], [row('a', camp('c3', 'C'))])).toMatchObject([{ kind: 'moved', from: [consensus], to: [camp('c3', 'C')] }]);
    expect(positionChanges([row('a', camp('c1', 'B'))], [row('a', camp('c1', 'C'))])).toEqual([]);
  });

  it('lists a speaker in several places once, consensus first, and ignores duplicate rows', () => {
    const after = [row('a', camp('c2', 'B')), row('a', consensus), row('a', camp('c2', 'B'))];
    expect(positionChanges([], after)).toEqual([{ kind: 'joined', speakerId: 'a', speakerName: 'Name a', from: [], to: [consensus, camp('c2', 'B')] }]);
  });

  const places = fc.constantFrom(consensus, camp('c1', 'A'), camp('c2', 'B'), camp('c3', 'C'));
  const version = fc.array(fc.tuple(fc.constantFrom('s1', 's2', 's3', 's4'), places).map(([id, place]) => row(id, place)), { maxLength: 10 });
  const placesOf = (rows: readonly PositionRow[]) => {
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.speakerId, [...new Set([...(map.get(r.speakerId) ?? []), r.place])].sort());
    return map;
  };

  it('applied to the first version, gives the second (property)', () => {
    fc.assert(
      fc.property(version, version, (before, after) => {
        const state = placesOf(before);
        const changes = positionChanges(before, after);
        expect(new Set(changes.map((c) => c.speakerId)).size).toBe(changes.length);
        for (const change of changes) {
          expect(change.from.map((p) => p.place).sort()).toEqual(state.get(change.speakerId) ?? []);
          if (change.kind === 'left') state.delete(change.speakerId);
          else state.set(change.speakerId, change.to.map((p) => p.place).sort());
        }
        expect(state).toEqual(placesOf(after));
      }),
    );
  });

  it('is empty between a version and itself, and reversed mirrors joins and leaves (property)', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(positionChanges(a, [...a].reverse())).toEqual([]);
        const forward = positionChanges(a, b);
        const backward = positionChanges(b, a);
        const mirror = { joined: 'left', left: 'joined', moved: 'moved' } as const;
        expect(backward.map((c) => [c.speakerId, c.kind, c.from, c.to])).toEqual(forward.map((c) => [c.speakerId, mirror[c.kind], c.to, c.from]));
      }),
    );
  });
});

describe('speakerSteps', () => {
  it('says where a speaker joined, moved, left and came back, version by version', () => {
    const present = new Map([
      [1, [row('a', camp('c1', 'A'))]],
      [2, [row('a', camp('c1', 'A'))]],
      [3, [row('a', camp('c2', 'B'))]],
      [5, [row('a', consensus)]],
    ]);
    expect(speakerSteps(present, 6).map((s) => [s.publishNumber, s.change.kind, s.change.from.map((p) => p.label), s.change.to.map((p) => p.label)])).toEqual([
      [1, 'joined', [], ['A']],
      [3, 'moved', ['A'], ['B']],
      [4, 'left', ['B'], []],
      [5, 'joined', [], [null]],
      [6, 'left', [null], []],
    ]);
  });

  it('does not say a speaker left after the latest version', () => {
    expect(speakerSteps(new Map([[3, [row('a', consensus)]]]), 3).map((s) => [s.publishNumber, s.change.kind])).toEqual([[3, 'joined']]);
  });

  it('agrees with positionChanges between every pair of consecutive versions (property)', () => {
    const versions = fc.array(fc.subarray([consensus, camp('c1', 'A'), camp('c2', 'B')]), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(versions, (history) => {
        const rowsAt = (n: number) => (history[n - 1] ?? []).map((place) => row('a', place));
        const present = new Map(history.flatMap((places, i) => (places.length ? [[i + 1, rowsAt(i + 1)] as const] : [])));
        const expected = history.flatMap((_, i) => positionChanges(rowsAt(i), rowsAt(i + 1)).map((change) => ({ publishNumber: i + 1, change })));
        expect(speakerSteps(present, history.length)).toEqual(expected);
      }),
    );
  });
});
