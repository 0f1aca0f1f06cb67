// What the plain-text importer understands of a document, before anything touches the
// database: names and episode strings, not ids. Every block remembers the input lines it came
// from, so the importer can prove that no line was dropped.
import type { ConfidenceLevel } from '@/lib/topics/document';

export type ParsedSpeaker = { name: string; affiliation: string | null };
export type ParsedEpisode = { raw: string; show: string; episodeNumber: string | null; episodeTitle: string };

export type ParsedBlock =
  | { kind: 'paragraph' | 'note'; text: string; lines: number[] }
  | { kind: 'paraphrase'; text: string; reason: string; lines: number[] }
  | {
      kind: 'quote';
      original: string | null;
      translation: string | null;
      speakers: ParsedSpeaker[];
      episode: ParsedEpisode | null;
      seeAlsoSlug: string | null;
      /** True when an attribution line named the speakers; false when inferred or missing. */
      attributed: boolean;
      lines: number[];
    };

export type ParsedTopic = {
  titleZh: string;
  titleEn: string;
  header: { updatedOn: string | null; interviewCount: number | null } | null;
  changelog: { date: string; text: string; line: number }[];
  consensus: { statement: string; line: number; blocks: ParsedBlock[] }[];
  camps: { label: string; stance: string; holders: string; line: number; blocks: ParsedBlock[] }[];
  blindSpots: { text: string; line: number }[];
  view: { judgment: string; confidence: ConfidenceLevel | null; strongestSupport: string; weakestLink: string; lines: number[] } | null;
  openQuestions: { text: string; line: number }[];
  sources: { episode: ParsedEpisode; publishedOn: string | null; line: number }[];
  /** Lines understood as page furniture (the title, the header, section headings). */
  structuralLines: number[];
  warnings: { line: number; message: string }[];
};
