import { z } from 'zod';
import { CONFIDENCE_LEVELS, type ConfidenceLevel, type TopicDocument } from '@/lib/topics/document';
import { versionChanges, type VersionChanges } from './version-changes';

// What the public history shows of one published version, apart from who moved: derived once
// from its document and the version before it, when the version enters the published record
// (PublishedVersion.summary, written by lib/publishing/projections/version-summaries.ts), so
// the history reads a few hundred small rows instead of every document. Versions are immutable,
// so a summary written once stays right.

export type VersionSummary = {
  /** The changelog line written for this publish (the entry naming its number), if any. */
  changelogLine: string | null;
  confidence: ConfidenceLevel | null;
  changes: VersionChanges;
};

export function versionSummary(publishNumber: number, previous: TopicDocument | null, document: TopicDocument): VersionSummary {
  return {
    changelogLine: document.changelog.find((entry) => entry.publishNumber === publishNumber)?.text ?? null,
    confidence: document.view?.confidence ?? null,
    changes: versionChanges(previous, document),
  };
}

const level = z.enum(CONFIDENCE_LEVELS).nullable();
const count = z.number().int().nonnegative();

// The stored JSON is checked on read: a summary of another shape (written by an older release,
// or edited by hand) is computed again from the documents rather than shown wrong.
const versionSummarySchema = z.object({
  changelogLine: z.string().nullable(),
  confidence: level,
  changes: z.object({
    first: z.boolean(),
    campsAdded: z.array(z.string()),
    campsRemoved: z.array(z.string()),
    pointsAdded: count,
    pointsRemoved: count,
    quotesAdded: count,
    quotesRemoved: count,
    paraphrasesAdded: count,
    paraphrasesRemoved: count,
    notesAdded: count,
    notesRemoved: count,
    confidence: z.object({ from: level, to: level }).nullable(),
    sourcesAdded: count,
    sourcesRemoved: count,
    questionsAdded: count,
    blindSpotsAdded: count,
    wordingOnly: z.boolean(),
  }),
}) satisfies z.ZodType<VersionSummary>;

/** The stored summary, or null when there is none (not written yet) or it is not one. */
export function parseVersionSummary(stored: unknown): VersionSummary | null {
  if (stored === null || stored === undefined) return null;
  const parsed = versionSummarySchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
