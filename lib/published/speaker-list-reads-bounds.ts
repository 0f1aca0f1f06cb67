// The bounds of /speakers, shared by its address parser (pure, tested without a database) and
// its query (speaker-list-reads.ts).

export const SPEAKER_LIST_PAGE = 50;
/** The filter looks back at most a year: a bounded window, whatever the address says. */
export const MAX_CHANGED_DAYS = 365;
/** Pages past this are not read: 500,000 speakers is past any site this serves. */
export const MAX_SPEAKER_LIST_PAGE = 10_000;

export type SpeakerListFilter = { query: string; changedWithinDays: number | null; page: number };
