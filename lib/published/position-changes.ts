// Who joined, left or moved between two published versions of a topic, from where each speaker
// stood in each (PublishedSpeakerPosition rows). Pure, so the topic's public history and the
// speaker page say the same thing the same way, and linear in the rows of the two versions.
// A place is the consensus or a camp by its stable id: a camp relabelled from B to C is the same
// place (not a move), two camps that swap labels are two places.

export const CONSENSUS_PLACE = 'consensus';

export type Place = {
  /** CONSENSUS_PLACE, or the camp's stable id. */
  place: string;
  /** The camp's label and stance in that version; null for the consensus. */
  label: string | null;
  stance: string | null;
};

export type PositionRow = Place & { speakerId: string; speakerName: string };

type Who = { speakerId: string; speakerName: string };
export type PositionChange =
  | (Who & { kind: 'joined'; from: []; to: Place[] })
  | (Who & { kind: 'left'; from: Place[]; to: [] })
  | (Who & { kind: 'moved'; from: Place[]; to: Place[] });

/** The consensus first, then camps by label (as the page lists them, near enough), each once. */
export function sortPlaces(places: readonly Place[]): Place[] {
  const unique = new Map<string, Place>();
  for (const place of places) if (!unique.has(place.place)) unique.set(place.place, place);
  const rank = (p: Place) => (p.place === CONSENSUS_PLACE ? 0 : 1);
  return [...unique.values()].sort((a, b) => rank(a) - rank(b) || (a.label ?? '').localeCompare(b.label ?? '') || a.place.localeCompare(b.place));
}

function bySpeaker(rows: readonly PositionRow[]) {
  const speakers = new Map<string, { speakerName: string; places: Place[] }>();
  for (const { speakerId, speakerName, place, label, stance } of rows) {
    const entry = speakers.get(speakerId) ?? { speakerName, places: [] };
    entry.places.push({ place, label, stance });
    speakers.set(speakerId, entry);
  }
  return speakers;
}

const samePlaces = (a: Place[], b: Place[]) => a.length === b.length && a.every((place, i) => place.place === b[i]!.place);

/**
 * What changed for each speaker from `before` to `after` (the rows of two versions): joined
 * (in `after` only), left (in `before` only) or moved (in both, somewhere else). Speakers whose
 * places are the same are not listed. Sorted by name, then id, so the output is stable.
 */
export function positionChanges(before: readonly PositionRow[], after: readonly PositionRow[]): PositionChange[] {
  const was = bySpeaker(before);
  const is = bySpeaker(after);
  const changes: PositionChange[] = [];
  for (const [speakerId, now] of is) {
    const to = sortPlaces(now.places);
    const then = was.get(speakerId);
    if (!then) changes.push({ kind: 'joined', speakerId, speakerName: now.speakerName, from: [], to });
    else {
      const from = sortPlaces(then.places);
      if (!samePlaces(from, to)) changes.push({ kind: 'moved', speakerId, speakerName: now.speakerName, from, to });
    }
  }
  for (const [speakerId, then] of was) {
    if (!is.has(speakerId)) changes.push({ kind: 'left', speakerId, speakerName: then.speakerName, from: sortPlaces(then.places), to: [] });
  }
  return changes.sort((a, b) => a.speakerName.localeCompare(b.speakerName) || a.speakerId.localeCompare(b.speakerId));
}

export type SpeakerStep = { publishNumber: number; change: PositionChange };

/**
 * One speaker's positions over one topic's versions: the versions where they joined, left or
 * moved. `present` holds their rows in the versions they appear in (versions are numbered
 * 1 … `latest` without gaps, so a version they are absent from after one they were in is where
 * they left). Work is linear in the versions they appear in, not in the topic's versions.
 */
export function speakerSteps(present: ReadonlyMap<number, readonly PositionRow[]>, latest: number): SpeakerStep[] {
  const numbers = [...present.keys()].sort((a, b) => a - b);
  const checkpoints = new Set<number>();
  for (const n of numbers) {
    checkpoints.add(n);
    if (n + 1 <= latest && !present.has(n + 1)) checkpoints.add(n + 1);
  }
  const steps: SpeakerStep[] = [];
  for (const n of [...checkpoints].sort((a, b) => a - b)) {
    for (const change of positionChanges(present.get(n - 1) ?? [], present.get(n) ?? [])) steps.push({ publishNumber: n, change });
  }
  return steps;
}
