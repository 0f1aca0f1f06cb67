import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupAutosaveSessions, SESSION_GAP_MS } from './history-groups';
import type { RevisionListItem } from './history-reads';
import { AUTOSAVE_MESSAGE, SAVE_MESSAGE } from './revision-messages';

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 5, 9) + minutes * 60_000).toISOString();
const revision = (number: number, minutes: number, message = AUTOSAVE_MESSAGE, author: string | null = 'Ana', publishNumber: number | null = null): RevisionListItem => ({
  number,
  publishNumber,
  isLive: false,
  message,
  author,
  createdAt: at(minutes),
});
const numbers = (rows: ReturnType<typeof groupAutosaveSessions>) =>
  rows.map((row) => (row.kind === 'revision' ? row.revision.number : row.revisions.map((r) => r.number)));

describe('groupAutosaveSessions', () => {
  it('puts one session of autosaves in one row, and leaves publishes and saves as rows', () => {
    const newestFirst = [
      revision(7, 60, '发布 · Published', 'Ana', 2),
      revision(6, 50),
      revision(5, 45),
      revision(4, 40),
      revision(3, 35, SAVE_MESSAGE),
      revision(2, 30),
      revision(1, 0, '发布 · Published', 'Ana', 1),
    ];
    expect(numbers(groupAutosaveSessions(newestFirst))).toEqual([7, [6, 5, 4], 3, 2, 1]);
  });

  it('starts a new session after a pause or with another author', () => {
    const newestFirst = [revision(5, 200), revision(4, 199), revision(3, 199 - 31), revision(2, 160, AUTOSAVE_MESSAGE, 'Bo'), revision(1, 159, AUTOSAVE_MESSAGE, 'Bo')];
    expect(numbers(groupAutosaveSessions(newestFirst))).toEqual([[5, 4], 3, [2, 1]]);
  });

  it('keeps every revision exactly once, in order, whatever the history', () => {
    const item = fc.record({
      autosave: fc.boolean(),
      author: fc.constantFrom('Ana', 'Bo', null),
      pauseMinutes: fc.integer({ min: 0, max: (2 * SESSION_GAP_MS) / 60_000 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        let minutes = 0;
        const oldestFirst = items.map((it, index) => {
          minutes += it.pauseMinutes;
          return revision(index + 1, minutes, it.autosave ? AUTOSAVE_MESSAGE : SAVE_MESSAGE, it.author);
        });
        const newestFirst = oldestFirst.reverse();
        const rows = groupAutosaveSessions(newestFirst);
        expect(rows.flatMap((row) => (row.kind === 'revision' ? [row.revision] : row.revisions))).toEqual(newestFirst);
        for (const row of rows) {
          if (row.kind !== 'session') continue;
          expect(row.revisions.length).toBeGreaterThan(1);
          expect(new Set(row.revisions.map((r) => r.author)).size).toBe(1);
          expect(row.revisions.every((r) => r.message === AUTOSAVE_MESSAGE)).toBe(true);
        }
      }),
    );
  });
});
