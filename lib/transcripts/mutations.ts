import 'server-only';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { recordAudit } from '@/lib/audit/record';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseTranscript } from './parse/parse-transcript';
import { TranscriptParseError } from './parse/types';
import type { ConfirmLabelsInput, ImportTranscriptInput } from './schema';
import { writeTranscript } from './write-transcript';

type Tx = Prisma.TransactionClient;

/** Parses and stores a transcript file; a bad file is refused with the line to fix. */
export async function importTranscript(input: ImportTranscriptInput) {
  const user = await requireRole('ANALYST');
  let parsed;
  try {
    parsed = await parseTranscript(input.source, { fileName: input.fileName });
  } catch (error) {
    if (error instanceof TranscriptParseError) throw new UserFacingError(`没有导入 · Not imported: ${error.message}`, 'INVALID');
    throw error;
  }
  const report = await writeTranscript(getDb(), { interviewId: input.interviewId, language: input.language, parsed, importedById: user.id });
  await recordAudit({
    action: 'transcript.import',
    actorId: user.id,
    targetType: 'Interview',
    targetId: report.interviewId,
    detail: { language: report.language, segments: report.segments, replaced: report.replaced, anchors: report.anchors },
  });
  return report;
}

/** Confirms (or clears) which library speaker each transcript label of an interview is. */
export async function confirmSpeakerLabels(input: ConfirmLabelsInput) {
  const user = await requireRole('ANALYST');
  const db = getDb();
  return db.$transaction(async (tx: Tx) => {
    const interview = await tx.interview.findFirst({ where: { id: input.interviewId, deletedAt: null }, select: { id: true } });
    if (!interview) throw new UserFacingError('访谈不存在或在回收站 · The interview does not exist or is in the trash.', 'NOT_FOUND');
    const speakerIds = [...new Set(input.labels.flatMap((l) => (l.speakerId ? [l.speakerId] : [])))];
    const speakers = await tx.speaker.count({ where: { id: { in: speakerIds }, deletedAt: null } });
    if (speakers !== speakerIds.length) throw new UserFacingError('有讲者不存在或在回收站 · A speaker does not exist or is in the trash.', 'INVALID');
    for (const { label, speakerId } of input.labels) {
      const key = { interviewId_label: { interviewId: interview.id, label } };
      if (speakerId) await tx.transcriptSpeakerLabel.upsert({ where: key, create: { interviewId: interview.id, label, speakerId }, update: { speakerId } });
      else await tx.transcriptSpeakerLabel.deleteMany({ where: { interviewId: interview.id, label } });
    }
    await recordAudit({ action: 'transcript.labels', actorId: user.id, targetType: 'Interview', targetId: interview.id, detail: { labels: input.labels } }, tx);
    return { confirmed: input.labels.filter((l) => l.speakerId).length };
  });
}

/** Readers see the passage around a quote only from a public transcript. */
export async function setTranscriptPublic(transcriptId: string, isPublic: boolean) {
  await requireRole('ANALYST');
  const { count } = await getDb().transcript.updateMany({ where: { id: transcriptId }, data: { isPublic } });
  if (count === 0) throw new UserFacingError('这份文字稿不存在 · This transcript does not exist.', 'NOT_FOUND');
}
