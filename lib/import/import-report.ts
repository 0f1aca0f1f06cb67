import { exportTopicText } from '@/lib/page-format/write-topic-text';
import { diffLines, type DiffLine } from '@/lib/text/line-diff';
import type { TopicDocument } from '@/lib/topics/document';
import type { Inference, UnattributedQuote } from './infer-speakers';
import type { ParsedTopic } from './parsed-topic';

// What an import did (or, in a dry run, would do): printed by the CLI, shown by the upload screen.

export type ImportReport = {
  slug: string;
  topicId: string;
  /** 'unchanged': the document is what the topic already holds; nothing was written. */
  outcome: 'created' | 'updated' | 'unchanged';
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
  /** Every speaker the page names, once, with the organisation it gives. */
  people: { name: string; affiliation: string | null; status: 'matched' | 'created' }[];
  interviews: { matched: string[]; created: string[] };
  /** Every interview the page cites, once, with its episode and date and every form the page used for it. */
  interviewList: { show: string; episodeNumber: string | null; episodeTitle: string; publishedOn: string | null; forms: string[]; status: 'matched' | 'created' }[];
  /** Every quote, by the line it starts on: who said it and how the importer knows. */
  quotes: { line: number; text: string; speakers: string[]; attribution: 'line' | 'inferred' | 'none'; interview: string | null }[];
  reusedQuotes: number;
  placeholders: string[];
  /** Speakers taken from the text before a quote, each with the line that named them: to confirm in the editor. */
  inferredSpeakers: Inference[];
  unattributedQuotes: UnattributedQuote[];
  warnings: { line: number; message: string }[];
  /** Publish rules the import was allowed to set aside (lib/publishing/rules.ts), one line each. */
  publishExceptions: string[];
  /** For a re-import: how the page's text changes (changed lines only, with their neighbours dropped). */
  diff: { added: number; removed: number; lines: DiffLine[] } | null;
};

/** Thrown inside the transaction of a dry run (or of an unchanged document) to roll it back, carrying the report out. */
export class Rollback extends Error {
  constructor(readonly report: ImportReport) {
    super('rolled back');
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
export function startReport(
  parsed: ParsedTopic,
  slug: string,
  published: boolean,
  found: { inferences: Inference[]; unattributed: UnattributedQuote[]; interviewWarnings: string[] },
): ImportReport {
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
    people: [],
    interviews: { matched: [], created: [] },
    interviewList: [],
    quotes: [],
    reusedQuotes: 0,
    placeholders: [],
    inferredSpeakers: found.inferences,
    unattributedQuotes: found.unattributed,
    warnings: [...parsed.warnings, ...found.interviewWarnings.map((message) => ({ line: 0, message }))],
    publishExceptions: [],
    diff: null,
  };
}
