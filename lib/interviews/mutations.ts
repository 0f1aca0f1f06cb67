import 'server-only';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { InterviewFormInput } from './schema';

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** Same show and episode number, or the same URL, is the same interview. */
async function refuseTwin(input: InterviewFormInput, excludeId: string | null) {
  if (!input.episodeNumber && !input.url) return;
  const twin = await getDb().interview.findFirst({
    where: {
      deletedAt: null,
      ...(excludeId ? { id: { not: excludeId } } : {}),
      OR: [
        ...(input.episodeNumber ? [{ show: { equals: input.show, mode: 'insensitive' as const }, episodeNumber: input.episodeNumber }] : []),
        ...(input.url ? [{ url: input.url }] : []),
      ],
    },
    select: { show: true, episodeTitle: true },
  });
  if (twin) throw new UserFacingError(`访谈库里已有《${twin.show} · ${twin.episodeTitle}》(同一集或同一链接) · This interview is already in the library (same episode or URL).`, 'CONFLICT');
}

const data = (input: InterviewFormInput) => ({ ...input, publishedOn: day(input.publishedOn) });

export async function createInterviewRecord(input: InterviewFormInput) {
  await requireRole('ANALYST');
  await refuseTwin(input, null);
  return getDb().interview.create({ data: data(input), select: { id: true } });
}

export async function updateInterview(id: string, input: InterviewFormInput) {
  await requireRole('ANALYST');
  await refuseTwin(input, id);
  const { count } = await getDb().interview.updateMany({ where: { id, deletedAt: null }, data: data(input) });
  if (count === 0) throw new UserFacingError('访谈不存在或在回收站 · The interview does not exist or is in the trash.', 'NOT_FOUND');
}
