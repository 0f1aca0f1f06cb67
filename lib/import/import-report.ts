import { exportTopicText } from '@/lib/export/topic-text';
import { diffLines, type DiffLine } from '@/lib/text/line-diff';
import type { TopicDocument } from '@/lib/topics/document';
import type { ParsedTopic } from './parsed-topic';

// What an import did (or, in a dry run, would do): printed by the CLI, shown by the upload screen.

export type ImportReport = {
  slug: string;
  topicId: string;
  outcome: 'created' | 'updated';
  published: boolean;
  revisionNumber: number;
  counts: {
    consensusPoints: number;
    camps: number;
    quotes: number;
    paraphrases: number;
    notes: number;
    paragraphs: number;
    blindSpots: number;
    openQuestions: number;
    sources: number;
    changelog: number;
  };
  speakers: { matched: string[]; created: string[] };
  interviews: { matched: string[]; created: string[] };
  reusedQuotes: number;
  placeholders: string[];
  unattributedQuotes: { line: number; text: string }[];
  warnings: { line: number; message: string }[];
  /** For a re-import: how the page's text changes (changed lines only, with their neighbours dropped). */
  diff: { added: number; removed: number; lines: DiffLine[] } | null;
};

/** Thrown inside the transaction of a dry run to roll it back, carrying the report out. */
export class DryRun extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

const MAX_DIFF_LINES = 400;

export function pageDiff(before: TopicDocument, after: TopicDocument): ImportReport['diff'] {
  // The header line carries the publish date, which is not content.
  const lines = (document: TopicDocument) => exportTopicText(document, 'md').split('\n').filter((line) => line && !line.startsWith('主题页'));
  const changed = diffLines(lines(before), lines(after)).filter((line) => line.op !== ' ');
  return {
    added: changed.filter((line) => line.op === '+').length,
    removed: changed.filter((line) => line.op === '-').length,
    lines: changed.slice(0, MAX_DIFF_LINES),
  };
}


/** A report before anything is written: what the parser saw. */
export function startReport(parsed: ParsedTopic, slug: string, published: boolean, unattributedQuotes: ImportReport['unattributedQuotes']): ImportReport {
  return {
    slug,
    topicId: '',
    outcome: 'created',
    published,
    revisionNumber: 0,
    counts: {
      consensusPoints: parsed.consensus.length,
      camps: parsed.camps.length,
      quotes: 0,
      paraphrases: 0,
      notes: 0,
      paragraphs: 0,
      blindSpots: parsed.blindSpots.length,
      openQuestions: parsed.openQuestions.length,
      sources: 0,
      changelog: parsed.changelog.length,
    },
    speakers: { matched: [], created: [] },
    interviews: { matched: [], created: [] },
    reusedQuotes: 0,
    placeholders: [],
    unattributedQuotes,
    warnings: [...parsed.warnings],
    diff: null,
  };
}
