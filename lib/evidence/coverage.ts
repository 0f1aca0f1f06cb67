// Evidence coverage (issue 23): how much each consensus point and each camp rests on — verbatim
// quotes, paraphrases, the editor's notes, how many people and interviews, how fresh the sources
// are, how many quotes a transcript confirms — and the warnings an editor should see (never a
// publish blocker). One pure function over the topic document, so the editor (on the draft, in
// the browser), the publish panel and the public page (on the published document) count alike.
// Bounded: one pass over the blocks, O(blocks · speakers per block); quoteStatus() diffs only a
// quote whose anchor differs, and that diff is bounded by the quote and anchor limits.
import { quoteStatus } from '@/lib/provenance/quote-status';
import type { Block, TopicDocument } from '@/lib/topics/document';

/**
 * A camp whose newest source is older than this many days gets a warning. A constant: the site
 * has no settings mechanism (no settings table, nothing in lib/env.ts for editorial rules).
 */
export const STALE_AFTER_DAYS = 180;

export type SectionKind = 'point' | 'camp';

export type SectionCoverage = {
  kind: SectionKind;
  /** The point's or camp's stable id. */
  id: string;
  /** "共识 1 · Point 1" or "阵营 A · Camp A", as the editor names sections. */
  name: string;
  quotes: number;
  paraphrases: number;
  notes: number;
  /** Distinct speakers of quotes and paraphrases (a joint quote counts each of its speakers). */
  speakers: number;
  /** Distinct interviews cited by quotes and paraphrases, and the distinct shows among them. */
  interviews: number;
  shows: number;
  /** Publication dates of the cited interviews (YYYY-MM-DD), null when none is dated. */
  newestSource: string | null;
  oldestSource: string | null;
  /** Quotes whose anchor confirms them word for word against a transcript (lib/provenance). */
  verifiedQuotes: number;
  /** verifiedQuotes / quotes, null when there are no quotes. */
  verifiedShare: number | null;
  /** Quotes also cited by another topic; null when the caller did not say which quotes are shared. */
  sharedQuotes: number | null;
};

export type CoverageRule =
  | 'single-speaker'
  | 'single-interview'
  | 'paraphrases-only'
  | 'no-quote'
  | 'stale-sources'
  | 'speaker-in-opposing-camps';

export type CoverageWarning = { rule: CoverageRule; kind: SectionKind; sectionId: string; message: string };

export type PageCoverage = {
  points: SectionCoverage[];
  camps: SectionCoverage[];
  /** The whole page: each distinct speaker, interview and quote counted once. */
  total: Omit<SectionCoverage, 'kind' | 'id' | 'name'>;
  warnings: CoverageWarning[];
};

export type CoverageOptions = {
  /** The day the freshness warning is measured from (YYYY-MM-DD); today (UTC) by default. */
  asOf?: string;
  staleAfterDays?: number;
  /** Quote id → the other topics citing it (the editor's quoteUses); omit when unknown. */
  sharedQuotes?: Record<string, readonly unknown[]>;
};

type Tally = {
  quotes: Set<string>;
  paraphrases: number;
  notes: number;
  speakers: Map<string, string>;
  interviews: Set<string>;
  shows: Set<string>;
  dates: string[];
  verified: Set<string>;
  shared: Set<string>;
};

const emptyTally = (): Tally => ({
  quotes: new Set(),
  paraphrases: 0,
  notes: 0,
  speakers: new Map(),
  interviews: new Set(),
  shows: new Set(),
  dates: [],
  verified: new Set(),
  shared: new Set(),
});

function addBlock(tally: Tally, block: Block, options: CoverageOptions) {
  const cite = (interview: { id: string; show: string; publishedOn: string | null } | null) => {
    if (!interview) return;
    tally.interviews.add(interview.id);
    tally.shows.add(interview.show);
    if (interview.publishedOn) tally.dates.push(interview.publishedOn);
  };
  switch (block.kind) {
    case 'paragraph':
      return;
    case 'note':
      tally.notes += 1;
      return;
    case 'paraphrase':
      tally.paraphrases += 1;
      if (block.speaker) tally.speakers.set(block.speaker.id, block.speaker.name);
      cite(block.interview);
      return;
    case 'quote': {
      const { quote } = block;
      // A quote cited twice on one page is one quote: its id is the library record's.
      tally.quotes.add(quote.id);
      for (const speaker of quote.speakers) tally.speakers.set(speaker.id, speaker.name);
      cite(quote.interview);
      // Whether the interview has a transcript only matters for an unanchored quote, which is
      // not verified either way.
      if (quoteStatus(quote, false).status === 'verified') tally.verified.add(quote.id);
      if ((options.sharedQuotes?.[quote.id]?.length ?? 0) > 0) tally.shared.add(quote.id);
    }
  }
}

function counts(tally: Tally, options: CoverageOptions): PageCoverage['total'] {
  const dates = [...tally.dates].sort();
  const quotes = tally.quotes.size;
  return {
    quotes,
    paraphrases: tally.paraphrases,
    notes: tally.notes,
    speakers: tally.speakers.size,
    interviews: tally.interviews.size,
    shows: tally.shows.size,
    newestSource: dates.at(-1) ?? null,
    oldestSource: dates[0] ?? null,
    verifiedQuotes: tally.verified.size,
    verifiedShare: quotes === 0 ? null : tally.verified.size / quotes,
    sharedQuotes: options.sharedQuotes ? tally.shared.size : null,
  };
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS);

export const pointName = (index: number) => `共识 ${index + 1} · Point ${index + 1}`;
export const campName = (label: string) => `阵营 ${label} · Camp ${label}`;

/** Counts and warnings for every consensus point and camp of a document. */
export function evidenceCoverage(doc: TopicDocument, options: CoverageOptions = {}): PageCoverage {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const staleAfter = options.staleAfterDays ?? STALE_AFTER_DAYS;
  const whole = emptyTally();
  const warnings: CoverageWarning[] = [];
  const campTallies: { id: string; name: string; tally: Tally; notes: string[] }[] = [];

  const section = (kind: SectionKind, id: string, name: string, blocks: Block[]) => {
    const tally = emptyTally();
    for (const block of blocks) {
      addBlock(tally, block, options);
      addBlock(whole, block, options);
    }
    return { tally, coverage: { kind, id, name, ...counts(tally, options) } };
  };

  const points = doc.consensus.map((point, index) => {
    const { coverage } = section('point', point.id, pointName(index), point.blocks);
    if (coverage.quotes === 0) {
      warnings.push({ rule: 'no-quote', kind: 'point', sectionId: point.id, message: `${coverage.name}:没有一条原话引语 · no verbatim quote supports this point` });
    }
    return coverage;
  });

  const camps = doc.camps.map((camp) => {
    const name = campName(camp.label);
    const { tally, coverage } = section('camp', camp.id, name, camp.blocks);
    const warn = (rule: CoverageRule, message: string) => warnings.push({ rule, kind: 'camp', sectionId: camp.id, message: `${name}:${message}` });
    campTallies.push({ id: camp.id, name, tally, notes: camp.blocks.flatMap((b) => (b.kind === 'note' ? [b.text] : [])) });
    const sourced = coverage.quotes + coverage.paraphrases;
    if (sourced === 0) warn('no-quote', '没有引语或转述 · no quote or paraphrase supports this camp');
    else if (coverage.quotes === 0) warn('paraphrases-only', '只有转述,没有原话 · paraphrases only, no verbatim quote');
    if (sourced > 0 && coverage.speakers === 1) warn('single-speaker', `只靠一位讲者(${[...tally.speakers.values()][0]})· rests on one speaker`);
    if (sourced > 0 && coverage.interviews === 1) warn('single-interview', '只靠一篇访谈 · rests on one interview');
    if (sourced > 0 && coverage.interviews === 0) warn('single-interview', '引语和转述都没有注明访谈 · no quote or paraphrase names its interview');
    if (coverage.newestSource && daysBetween(coverage.newestSource, asOf) > staleAfter) {
      warn('stale-sources', `最新的来源是 ${coverage.newestSource},已超过 ${staleAfter} 天 · the newest source is from ${coverage.newestSource}, more than ${staleAfter} days ago`);
    }
    return coverage;
  });

  // One person quoted in two camps is worth a word from the editor (they changed their mind, or
  // the camps are not as opposed as they look): a note in either camp that names them will do.
  for (const camp of campTallies) {
    for (const [speakerId, speakerName] of camp.tally.speakers) {
      const others = campTallies.filter((other) => other !== camp && other.tally.speakers.has(speakerId));
      if (others.length === 0) continue;
      const explained = [camp, ...others].some((c) => c.notes.some((note) => note.includes(speakerName)));
      if (explained) continue;
      const where = others.map((other) => other.name).join('、');
      warnings.push({
        rule: 'speaker-in-opposing-camps',
        kind: 'camp',
        sectionId: camp.id,
        message: `${camp.name}:${speakerName} 也出现在 ${where},没有编者按说明 · ${speakerName} is also quoted in ${where}, with no editor's note explaining it`,
      });
    }
  }

  return { points, camps, total: counts(whole, options), warnings };
}

/** The warnings of one section, for the editor to show beside it. */
export const warningsFor = (coverage: PageCoverage, sectionId: string) => coverage.warnings.filter((warning) => warning.sectionId === sectionId);
