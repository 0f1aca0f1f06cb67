// What changed from one published version to the next, as structure (camps and points added or
// removed, quotes, paraphrases and notes added or removed, the confidence moved, sources, open
// questions): matched by the stable ids every item carries, so a reorder or a reworded paragraph
// is not "added and removed". Pure and linear in the size of the two documents — no text diff —
// so the public history page can summarise every version (lib/revisions/document-diff is for
// the signed-in screens: it diffs text, and public code may not import lib/revisions).
import type { Block, ConfidenceLevel, TopicDocument } from '@/lib/topics/document';

export type VersionChanges = {
  first: boolean;
  campsAdded: string[];
  campsRemoved: string[];
  pointsAdded: number;
  pointsRemoved: number;
  quotesAdded: number;
  quotesRemoved: number;
  paraphrasesAdded: number;
  paraphrasesRemoved: number;
  notesAdded: number;
  notesRemoved: number;
  /** Set when the confidence differs from the version before (from is null when there was no view). */
  confidence: { from: ConfidenceLevel | null; to: ConfidenceLevel | null } | null;
  sourcesAdded: number;
  sourcesRemoved: number;
  questionsAdded: number;
  blindSpotsAdded: number;
  /** Nothing above changed: the version reworded, reordered or corrected what was there. */
  wordingOnly: boolean;
};

const blocksOf = (doc: TopicDocument) => [...doc.consensus, ...doc.camps].flatMap((section) => section.blocks);
const keysOf = (doc: TopicDocument, kind: Block['kind']) => new Set(blocksOf(doc).flatMap((b) => (b.kind !== kind ? [] : [b.kind === 'quote' ? b.quote.id : b.id])));
const added = (before: Set<string>, after: Set<string>) => [...after].filter((id) => !before.has(id)).length;
const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));

export function versionChanges(before: TopicDocument | null, after: TopicDocument): VersionChanges {
  const empty: VersionChanges = {
    first: before === null,
    campsAdded: [],
    campsRemoved: [],
    pointsAdded: 0,
    pointsRemoved: 0,
    quotesAdded: 0,
    quotesRemoved: 0,
    paraphrasesAdded: 0,
    paraphrasesRemoved: 0,
    notesAdded: 0,
    notesRemoved: 0,
    confidence: null,
    sourcesAdded: 0,
    sourcesRemoved: 0,
    questionsAdded: 0,
    blindSpotsAdded: 0,
    wordingOnly: false,
  };
  if (!before) return empty;
  const campsBefore = ids(before.camps);
  const campsAfter = ids(after.camps);
  const pointsBefore = ids(before.consensus);
  const pointsAfter = ids(after.consensus);
  const count = (kind: Block['kind']) => {
    const b = keysOf(before, kind);
    const a = keysOf(after, kind);
    return [added(b, a), added(a, b)] as const;
  };
  const [quotesAdded, quotesRemoved] = count('quote');
  const [paraphrasesAdded, paraphrasesRemoved] = count('paraphrase');
  const [notesAdded, notesRemoved] = count('note');
  const from = before.view?.confidence ?? null;
  const to = after.view?.confidence ?? null;
  const changes: VersionChanges = {
    ...empty,
    campsAdded: after.camps.filter((camp) => !campsBefore.has(camp.id)).map((camp) => camp.label),
    campsRemoved: before.camps.filter((camp) => !campsAfter.has(camp.id)).map((camp) => camp.label),
    pointsAdded: added(pointsBefore, pointsAfter),
    pointsRemoved: added(pointsAfter, pointsBefore),
    quotesAdded,
    quotesRemoved,
    paraphrasesAdded,
    paraphrasesRemoved,
    notesAdded,
    notesRemoved,
    confidence: from === to ? null : { from, to },
    sourcesAdded: added(ids(before.sources), ids(after.sources)),
    sourcesRemoved: added(ids(after.sources), ids(before.sources)),
    questionsAdded: added(ids(before.openQuestions), ids(after.openQuestions)),
    blindSpotsAdded: added(ids(before.blindSpots), ids(after.blindSpots)),
  };
  changes.wordingOnly = Object.entries(changes).every(([key, value]) => key === 'first' || key === 'wordingOnly' || value === null || value === 0 || (Array.isArray(value) && value.length === 0));
  return changes;
}
