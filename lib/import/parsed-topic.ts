// What the importer understands of a document, before anything touches the database: names
// and episode references, not ids. Every block remembers the input lines it came from, so the
// importer can prove that no line was dropped.
import type { EpisodeReference } from '@/lib/page-format/references';
import type { SpeakerName } from '@/lib/page-format/speakers';
import type { ConfidenceLevel } from '@/lib/topics/document';

export type ParsedSpeaker = SpeakerName;
export type ParsedEpisode = EpisodeReference;

/** Where an inferred speaker came from: the line of the text that named them. */
export type SpeakerInference = { line: number; text: string };

export type ParsedQuote = {
  kind: 'quote';
  original: string | null;
  originalLang: string;
  translation: string | null;
  translationLang: string;
  speakers: ParsedSpeaker[];
  episode: ParsedEpisode | null;
  seeAlsoSlug: string | null;
  /** True when an attribution line named the speakers (or said 未署名). */
  attributed: boolean;
  /** Set when the speakers were not written under the quote but named in the text before it. */
  inferred: SpeakerInference | null;
  lines: number[];
};

export type ParsedBlock =
  | { kind: 'paragraph'; text: string; lines: number[] }
  | { kind: 'note'; text: string; lines: number[] }
  | { kind: 'paraphrase'; text: string; reason: string; speaker: ParsedSpeaker | null; episode: ParsedEpisode | null; lines: number[] }
  | ParsedQuote;

export type ParsedSource = { episode: ParsedEpisode; line: number };

export type ParsedSection = { blocks: ParsedBlock[] };

export type ParsedTopic = {
  /** Given by a JSON export; text documents take theirs from the English title. */
  slug?: string;
  titleZh: string;
  titleEn: string;
  header: { updatedOn: string | null; interviewCount: number | null } | null;
  changelog: { date: string; text: string; line: number }[];
  consensus: { statement: string; line: number; blocks: ParsedBlock[] }[];
  camps: {
    label: string;
    stance: string;
    holders: string;
    /** From a "成员 · Members:" line when the document has one; otherwise everyone quoted in the camp. */
    members: ParsedSpeaker[] | null;
    line: number;
    blocks: ParsedBlock[];
  }[];
  blindSpots: { text: string; line: number }[];
  view: { judgment: string; confidence: ConfidenceLevel | null; strongestSupport: string; weakestLink: string; lines: number[] } | null;
  openQuestions: { text: string; line: number }[];
  /** The 取材 list; when empty, the interviews the quotes cite are the sources. */
  sources: ParsedSource[];
  /** The 姊妹主题 list when the document has one; otherwise the topics quotes point to. */
  sisterTopics: { slug: string; line: number }[] | null;
  /** Lines understood as page furniture (the title, the header, section headings, members lines). */
  structuralLines: number[];
  warnings: { line: number; message: string }[];
};
