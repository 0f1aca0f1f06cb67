import 'server-only';
import { randomUUID } from 'node:crypto';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { slugify } from '@/lib/text/slug';
import { normaliseName } from '@/lib/library/names';
import { affiliationLabel } from './affiliation';
import { findSpeakerTwin } from './duplicates';
import { SpeakerTwinError } from './twin';
import type { SpeakerFormInput } from './schema';

type Tx = Prisma.TransactionClient;
const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/**
 * Stops a save whose name or alias another live record has, unless the analyst said that
 * record is a different person (`differentFrom`): two people may share a name.
 */
async function askAboutTwin(names: string[], excludeIds: string[]) {
  const db = getDb();
  const twin = await findSpeakerTwin(db, names, excludeIds);
  if (!twin) return;
  const affiliations = await db.speakerAffiliation.findMany({ where: { speakerId: twin.id }, orderBy: { position: 'asc' }, select: { organisation: true, startedOn: true, endedOn: true } });
  throw new SpeakerTwinError({ id: twin.id, name: twin.name, affiliation: affiliationLabel(affiliations) });
}

/** Options of a save: the records the analyst confirmed are other people with the same name. */
export type SpeakerSaveOptions = { differentFrom?: string[] };

const affiliationRows = (input: SpeakerFormInput) =>
  input.affiliations.map((a, position) => ({ organisation: a.organisation, role: a.role, startedOn: day(a.startedOn), endedOn: day(a.endedOn), position }));

export async function createSpeakerRecord(input: SpeakerFormInput, options: SpeakerSaveOptions = {}) {
  await requireRole('ANALYST');
  const differentFrom = options.differentFrom ?? [];
  await askAboutTwin([input.name, ...input.aliases], differentFrom);
  const db = getDb();
  // A namesake gets an address that says which one it is: sam-park-nyu-stern.
  const current = input.affiliations.find((a) => !a.endedOn)?.organisation;
  const base = slugify(differentFrom.length && current ? `${input.name} ${current}` : input.name) || 'speaker';
  const slug = (await db.speaker.findUnique({ where: { slug: base }, select: { id: true } })) ? `${base}-${randomUUID().slice(0, 6)}` : base;
  return db.speaker.create({
    data: { slug, name: input.name, aliases: input.aliases, bio: input.bio, links: input.links, affiliations: { create: affiliationRows(input) } },
    select: { id: true },
  });
}

/** Saves a speaker; returns its address, whose public page the caller expires. */
export async function updateSpeaker(id: string, input: SpeakerFormInput, options: SpeakerSaveOptions = {}): Promise<{ slug: string }> {
  await requireRole('ANALYST');
  const db = getDb();
  const before = await db.speaker.findFirst({ where: { id, deletedAt: null }, select: { name: true, aliases: true } });
  if (!before) throw new UserFacingError('讲者不存在或在回收站 · The speaker does not exist or is in the trash.', 'NOT_FOUND');
  // Only names the record did not have yet are asked about: a namesake the analyst already
  // declared a different person must not block every later save of either record.
  const known = new Set([before.name, ...before.aliases].map(normaliseName));
  await askAboutTwin([input.name, ...input.aliases].filter((name) => !known.has(normaliseName(name))), [id, ...(options.differentFrom ?? [])]);
  return db.$transaction(async (tx: Tx) => {
    const { count } = await tx.speaker.updateMany({
      where: { id, deletedAt: null },
      data: { name: input.name, aliases: input.aliases, bio: input.bio, links: input.links },
    });
    if (count === 0) throw new UserFacingError('讲者不存在或在回收站 · The speaker does not exist or is in the trash.', 'NOT_FOUND');
    await tx.speakerAffiliation.deleteMany({ where: { speakerId: id } });
    await tx.speakerAffiliation.createMany({ data: affiliationRows(input).map((row) => ({ ...row, speakerId: id })) });
    return tx.speaker.findUniqueOrThrow({ where: { id }, select: { slug: true } });
  });
}
