import 'server-only';
import { randomUUID } from 'node:crypto';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { slugify } from '@/lib/text/slug';
import { findSpeakerTwin } from './duplicates';
import type { SpeakerFormInput } from './schema';

type Tx = Prisma.TransactionClient;
const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

async function refuseTwin(input: SpeakerFormInput, excludeId: string | null) {
  const twin = await findSpeakerTwin(getDb(), [input.name, ...input.aliases], excludeId);
  if (twin) throw new UserFacingError(`讲者库里已有 ${twin.name}(同名或别名相同) · ${twin.name} is already in the library under this name or alias.`, 'CONFLICT');
}

const affiliationRows = (input: SpeakerFormInput) =>
  input.affiliations.map((a, position) => ({ organisation: a.organisation, role: a.role, startedOn: day(a.startedOn), endedOn: day(a.endedOn), position }));

export async function createSpeakerRecord(input: SpeakerFormInput) {
  await requireRole('ANALYST');
  await refuseTwin(input, null);
  const db = getDb();
  const base = slugify(input.name) || 'speaker';
  const slug = (await db.speaker.findUnique({ where: { slug: base }, select: { id: true } })) ? `${base}-${randomUUID().slice(0, 6)}` : base;
  return db.speaker.create({
    data: { slug, name: input.name, aliases: input.aliases, bio: input.bio, links: input.links, affiliations: { create: affiliationRows(input) } },
    select: { id: true },
  });
}

export async function updateSpeaker(id: string, input: SpeakerFormInput) {
  await requireRole('ANALYST');
  await refuseTwin(input, id);
  return getDb().$transaction(async (tx: Tx) => {
    const { count } = await tx.speaker.updateMany({
      where: { id, deletedAt: null },
      data: { name: input.name, aliases: input.aliases, bio: input.bio, links: input.links },
    });
    if (count === 0) throw new UserFacingError('讲者不存在或在回收站 · The speaker does not exist or is in the trash.', 'NOT_FOUND');
    await tx.speakerAffiliation.deleteMany({ where: { speakerId: id } });
    await tx.speakerAffiliation.createMany({ data: affiliationRows(input).map((row) => ({ ...row, speakerId: id })) });
  });
}
