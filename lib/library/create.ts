import 'server-only';
import { randomUUID } from 'node:crypto';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { slugify } from '@/lib/text/slug';
import type { InterviewRef, SpeakerRef } from '@/lib/topics/document';
import { findSpeakerTwin } from '@/lib/speakers/duplicates';
import type { NewInterviewInput, NewSpeakerInput } from './schema';
import { toInterviewRef, toSpeakerRef } from './search';

/** A speaker created from the quote editor; refused when the library already has that name. */
export async function createSpeaker(input: NewSpeakerInput): Promise<SpeakerRef> {
  await requireRole('ANALYST');
  const db = getDb();
  const twin = await findSpeakerTwin(db, [input.name]);
  if (twin) throw new UserFacingError(`讲者库里已有 ${twin.name},请直接选择 · ${twin.name} is already in the library; pick them instead.`, 'CONFLICT');
  const base = slugify(input.name) || 'speaker';
  const slug = (await db.speaker.findUnique({ where: { slug: base }, select: { id: true } })) ? `${base}-${randomUUID().slice(0, 6)}` : base;
  const speaker = await db.speaker.create({
    data: { name: input.name, slug, affiliations: input.organisation ? { create: [{ organisation: input.organisation, position: 0 }] } : undefined },
    select: { id: true, slug: true, name: true, affiliations: { select: { organisation: true, startedOn: true, endedOn: true } } },
  });
  return toSpeakerRef(speaker);
}

/** An interview created from the editor; the same show and episode, or the same URL, is a duplicate. */
export async function createInterview(input: NewInterviewInput): Promise<InterviewRef> {
  await requireRole('ANALYST');
  const db = getDb();
  const twin = await db.interview.findFirst({
    where: {
      deletedAt: null,
      OR: [
        ...(input.episodeNumber ? [{ show: { equals: input.show, mode: 'insensitive' as const }, episodeNumber: input.episodeNumber }] : []),
        ...(input.url ? [{ url: input.url }] : []),
      ],
    },
    select: { show: true, episodeTitle: true },
  });
  if (twin && (input.episodeNumber || input.url)) {
    throw new UserFacingError(`访谈库里已有《${twin.show} · ${twin.episodeTitle}》,请直接选择 · This interview is already in the library; pick it instead.`, 'CONFLICT');
  }
  const interview = await db.interview.create({
    data: { ...input, publishedOn: input.publishedOn ? new Date(`${input.publishedOn}T00:00:00Z`) : null },
    select: { id: true, show: true, episodeTitle: true, episodeNumber: true, publishedOn: true, url: true },
  });
  return toInterviewRef(interview);
}
