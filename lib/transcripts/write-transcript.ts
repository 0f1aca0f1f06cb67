import 'server-only';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { transcriptText } from '@/lib/provenance/transcript-text';
import type { ParsedTranscript } from './parse/types';
import { reanchorTranscript, type ReanchorReport } from './reanchor';
import { countLabels, suggestSpeakers, type LabelSuggestion } from './speaker-labels';
import { countWords } from './word-count';

// Writes a parsed transcript as an interview's transcript in one language, in one transaction:
// a replaced transcript keeps its id (anchors point at it), its segments are swapped whole and
// its anchors are found again in the new text. A failure anywhere writes nothing.

type Tx = Prisma.TransactionClient;

export type TranscriptImportReport = {
  transcriptId: string;
  interviewId: string;
  language: string;
  role: 'ORIGINAL' | 'TRANSLATION';
  format: ParsedTranscript['format'];
  replaced: boolean;
  segments: number;
  words: number;
  durationMs: number;
  labels: LabelSuggestion[];
  anchors: ReanchorReport;
};

export async function writeTranscript(
  db: Database,
  input: { interviewId: string; language?: string; parsed: ParsedTranscript; importedById: string | null },
): Promise<TranscriptImportReport> {
  return db.$transaction(
    async (tx: Tx) => {
      const interview = await tx.interview.findFirst({ where: { id: input.interviewId, deletedAt: null }, select: { id: true, spokenLanguage: true } });
      if (!interview) throw new UserFacingError('访谈不存在或在回收站 · The interview does not exist or is in the trash.', 'NOT_FOUND');
      const language = input.language ?? interview.spokenLanguage;
      const role: TranscriptImportReport['role'] = language === interview.spokenLanguage ? 'ORIGINAL' : 'TRANSLATION';
      const { segments, format } = input.parsed;
      const words = segments.reduce((n, s) => n + countWords(s.text), 0);
      const fields = { role, format, segmentCount: segments.length, wordCount: words, importedAt: new Date(), importedById: input.importedById } as const;
      const existing = await tx.transcript.findUnique({ where: { interviewId_language: { interviewId: interview.id, language } }, select: { id: true } });
      const transcript = existing
        ? await tx.transcript.update({ where: { id: existing.id }, data: fields, select: { id: true } })
        : await tx.transcript.create({ data: { interviewId: interview.id, language, ...fields }, select: { id: true } });
      if (existing) await tx.transcriptSegment.deleteMany({ where: { transcriptId: transcript.id } });
      // One statement for thousands of rows: a 3-hour episode is about 3,000 segments (their
      // character pairs, from the trigger, and the two GIN indexes are most of its cost).
      await tx.$executeRaw`
        INSERT INTO "TranscriptSegment" (id, "transcriptId", position, "startMs", "endMs", "speakerLabel", text)
        SELECT gen_random_uuid()::text, ${transcript.id}, s.position - 1, s.start_ms, s.end_ms, s.label, s.text
        FROM unnest(${segments.map((s) => s.startMs)}::int[], ${segments.map((s) => s.endMs)}::int[],
                    ${segments.map((s) => s.speakerLabel)}::text[], ${segments.map((s) => s.text)}::text[])
             WITH ORDINALITY AS s(start_ms, end_ms, label, text, position)`;
      const anchors = existing ? await reanchorTranscript(tx, transcript.id, transcriptText(segments)) : { kept: 0, moved: 0, lost: 0 };
      const labels = await suggestSpeakers(tx, interview.id, countLabels(segments));
      return {
        transcriptId: transcript.id,
        interviewId: interview.id,
        language,
        role,
        format,
        replaced: Boolean(existing),
        segments: segments.length,
        words,
        durationMs: segments.reduce((max, s) => Math.max(max, s.endMs), 0),
        labels,
        anchors,
      };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
