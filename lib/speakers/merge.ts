import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { recordAudit } from '@/lib/audit/record';
import { requestIp } from '@/lib/audit/request-ip';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';

// Merging two records of one person: every quote, camp membership and paraphrase of the merged
// speaker moves to the survivor, whose aliases gain the merged name. The audit event records
// exactly what moved, which is what lets an admin undo the merge from the audit log.

type Tx = Prisma.TransactionClient;

/** What a merge moved, kept in the audit event's detail. */
export type MergeRecord = {
  survivorId: string;
  mergedId: string;
  survivorName: string;
  mergedName: string;
  /** Rows re-pointed to the survivor. */
  quotes: string[];
  camps: string[];
  /** Rows dropped because the survivor was already there, with their position, to recreate. */
  droppedQuotes: { quoteId: string; position: number }[];
  droppedCamps: { campId: string; position: number }[];
  paraphrases: string[];
  aliasesAdded: string[];
};

async function liveSpeaker(tx: Tx, id: string) {
  const speaker = await tx.speaker.findFirst({ where: { id, deletedAt: null, mergedIntoId: null }, select: { id: true, name: true, aliases: true } });
  if (!speaker) throw new UserFacingError('讲者不存在、已删除或已被合并 · The speaker does not exist, is in the trash, or was merged already.', 'NOT_FOUND');
  return speaker;
}

export async function mergeSpeakers(input: { survivorId: string; mergedId: string }) {
  const admin = await requireRole('ADMIN');
  if (input.survivorId === input.mergedId) throw new UserFacingError('不能把讲者合并到自己 · A speaker cannot be merged into itself.', 'INVALID');
  return getDb().$transaction(async (tx: Tx) => {
    const survivor = await liveSpeaker(tx, input.survivorId);
    const merged = await liveSpeaker(tx, input.mergedId);
    const record: MergeRecord = {
      survivorId: survivor.id,
      mergedId: merged.id,
      survivorName: survivor.name,
      mergedName: merged.name,
      quotes: [],
      camps: [],
      droppedQuotes: [],
      droppedCamps: [],
      paraphrases: [],
      aliasesAdded: [],
    };

    const quoteRows = await tx.quoteSpeaker.findMany({ where: { speakerId: merged.id }, select: { quoteId: true, position: true } });
    const survivorQuotes = new Set((await tx.quoteSpeaker.findMany({ where: { speakerId: survivor.id, quoteId: { in: quoteRows.map((r) => r.quoteId) } }, select: { quoteId: true } })).map((r) => r.quoteId));
    for (const row of quoteRows) {
      if (survivorQuotes.has(row.quoteId)) record.droppedQuotes.push(row);
      else record.quotes.push(row.quoteId);
    }
    await tx.quoteSpeaker.deleteMany({ where: { speakerId: merged.id, quoteId: { in: record.droppedQuotes.map((r) => r.quoteId) } } });
    await tx.quoteSpeaker.updateMany({ where: { speakerId: merged.id }, data: { speakerId: survivor.id } });

    const campRows = await tx.campMember.findMany({ where: { speakerId: merged.id }, select: { campId: true, position: true } });
    const survivorCamps = new Set((await tx.campMember.findMany({ where: { speakerId: survivor.id, campId: { in: campRows.map((r) => r.campId) } }, select: { campId: true } })).map((r) => r.campId));
    for (const row of campRows) {
      if (survivorCamps.has(row.campId)) record.droppedCamps.push(row);
      else record.camps.push(row.campId);
    }
    await tx.campMember.deleteMany({ where: { speakerId: merged.id, campId: { in: record.droppedCamps.map((r) => r.campId) } } });
    await tx.campMember.updateMany({ where: { speakerId: merged.id }, data: { speakerId: survivor.id } });

    record.paraphrases = (await tx.block.findMany({ where: { speakerId: merged.id }, select: { id: true } })).map((b) => b.id);
    await tx.block.updateMany({ where: { speakerId: merged.id }, data: { speakerId: survivor.id } });

    const known = new Set([survivor.name, ...survivor.aliases].map((n) => n.toLowerCase()));
    record.aliasesAdded = [merged.name, ...merged.aliases].filter((name) => !known.has(name.toLowerCase()) && known.add(name.toLowerCase()));
    await tx.speaker.update({ where: { id: survivor.id }, data: { aliases: [...survivor.aliases, ...record.aliasesAdded] } });
    await tx.speaker.update({ where: { id: merged.id }, data: { mergedIntoId: survivor.id } });

    const event = await tx.auditEvent.create({
      data: { actorId: admin.id, action: 'speaker.merge', targetType: 'Speaker', targetId: survivor.id, ip: await requestIp(), detail: record as unknown as Prisma.InputJsonValue },
      select: { id: true },
    });
    return { eventId: event.id, record };
  });
}

/** Reverses a merge recorded in the audit log; refused once undone, or if either side changed since. */
export async function undoSpeakerMerge(eventId: string) {
  const admin = await requireRole('ADMIN');
  return getDb().$transaction(async (tx: Tx) => {
    const event = await tx.auditEvent.findFirst({ where: { id: eventId, action: 'speaker.merge' }, select: { detail: true } });
    if (!event) throw new UserFacingError('找不到这次合并 · That merge is not in the audit log.', 'NOT_FOUND');
    const undone = await tx.auditEvent.count({ where: { action: 'speaker.unmerge', detail: { path: ['mergeEventId'], equals: eventId } } });
    if (undone > 0) throw new UserFacingError('这次合并已经撤销过 · This merge was undone already.', 'CONFLICT');
    const record = event.detail as unknown as MergeRecord;
    const merged = await tx.speaker.findUnique({ where: { id: record.mergedId }, select: { mergedIntoId: true } });
    if (merged?.mergedIntoId !== record.survivorId) throw new UserFacingError('被合并的讲者此后已有变化,无法撤销 · The merged speaker changed since; the merge cannot be undone.', 'CONFLICT');

    // Rows edited away since the merge are simply not found: undo moves back what is still there.
    await tx.quoteSpeaker.updateMany({ where: { speakerId: record.survivorId, quoteId: { in: record.quotes } }, data: { speakerId: record.mergedId } });
    for (const row of record.droppedQuotes) {
      if (await tx.quote.count({ where: { id: row.quoteId } })) await tx.quoteSpeaker.upsert({ where: { quoteId_speakerId: { quoteId: row.quoteId, speakerId: record.mergedId } }, create: { ...row, speakerId: record.mergedId }, update: {} });
    }
    await tx.campMember.updateMany({ where: { speakerId: record.survivorId, campId: { in: record.camps } }, data: { speakerId: record.mergedId } });
    for (const row of record.droppedCamps) {
      if (await tx.camp.count({ where: { id: row.campId } })) await tx.campMember.upsert({ where: { campId_speakerId: { campId: row.campId, speakerId: record.mergedId } }, create: { ...row, speakerId: record.mergedId }, update: {} });
    }
    await tx.block.updateMany({ where: { id: { in: record.paraphrases }, speakerId: record.survivorId }, data: { speakerId: record.mergedId } });
    const survivor = await tx.speaker.findUniqueOrThrow({ where: { id: record.survivorId }, select: { aliases: true } });
    const added = new Set(record.aliasesAdded);
    await tx.speaker.update({ where: { id: record.survivorId }, data: { aliases: survivor.aliases.filter((alias) => !added.has(alias)) } });
    await tx.speaker.update({ where: { id: record.mergedId }, data: { mergedIntoId: null } });
    await recordAudit({ action: 'speaker.unmerge', actorId: admin.id, targetType: 'Speaker', targetId: record.mergedId, detail: { mergeEventId: eventId } }, tx);
  });
}
