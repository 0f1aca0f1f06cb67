import { UserFacingError } from '@/lib/actions/user-facing-error';

/** A library record with the same name or alias as the one being saved, as the warning names it. */
export type SpeakerTwin = { id: string; name: string; affiliation: string | null };

/**
 * Two people may share a name: the save stops and asks instead of refusing. The analyst opens
 * the existing record (same person) or saves again saying it is a different person.
 */
export class SpeakerTwinError extends UserFacingError {
  constructor(readonly twin: SpeakerTwin) {
    const who = twin.affiliation ? `${twin.name}(${twin.affiliation})` : twin.name;
    super(`讲者库里已有同名的 ${who}。是同一个人吗? · ${who} is already in the library under this name. Is it the same person?`, 'CONFLICT');
  }
}
