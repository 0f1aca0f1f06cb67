'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { actionError } from '@/lib/actions/action-error';
import { type ActionState } from '@/lib/actions/action-state';
import { mergeSpeakers } from '@/lib/speakers/merge';
import { createSpeakerRecord, updateSpeaker } from '@/lib/speakers/mutations';
import { mergeSchema, speakerFormSchema, speakerFormValues } from '@/lib/speakers/schema';
import { moveToTrash } from '@/lib/trash/mutations';
import { applyPublishedChange, expireSpeakerPage } from '@/lib/publishing/revalidate';
import { SpeakerTwinError, type SpeakerTwin } from '@/lib/speakers/twin';
import { sourceRecordsChanged } from '@/lib/publishing/source-change';
import { refuseForm } from '@/lib/actions/form-guard';

const idSchema = z.string().min(1).max(64);

function invalid(error: z.ZodError): ActionState {
  // Row errors (affiliations.0.endedOn) are reported under "affiliations".
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    (fieldErrors[key] ??= []).push(issue.path.length > 1 ? `#${Number(issue.path[1]) + 1} ${issue.message}` : issue.message);
  }
  return { status: 'error', code: 'INVALID', message: '请检查标出的字段 · Check the marked fields.', fieldErrors };
}

/** A save stopped by a namesake: the form asks "same person or a different person?". */
export type SpeakerFormState = ActionState<{ twin: SpeakerTwin }>;

/** The namesakes the analyst said are different people (the "a different person" button). */
const differentFromSchema = z.array(idSchema).max(10);

function askAboutTwin(error: unknown): SpeakerFormState {
  if (error instanceof SpeakerTwinError) return { status: 'error', code: 'CONFLICT', message: error.message, result: { twin: error.twin } };
  return actionError(error);
}

export async function createSpeakerRecordAction(_previous: SpeakerFormState, formData: FormData): Promise<SpeakerFormState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = speakerFormSchema.safeParse(speakerFormValues(formData));
  const differentFrom = differentFromSchema.safeParse(formData.getAll('differentFrom'));
  if (!parsed.success) return invalid(parsed.error);
  if (!differentFrom.success) return { status: 'error', code: 'INVALID', message: '无效的讲者 · Not a valid speaker.' };
  let id: string;
  try {
    id = (await createSpeakerRecord(parsed.data, { differentFrom: differentFrom.data })).id;
  } catch (error) {
    return askAboutTwin(error);
  }
  redirect(`/editor/speakers/${id}`);
}

export async function updateSpeakerAction(_previous: SpeakerFormState, formData: FormData): Promise<SpeakerFormState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const id = idSchema.safeParse(formData.get('id'));
  const parsed = speakerFormSchema.safeParse(speakerFormValues(formData));
  const differentFrom = differentFromSchema.safeParse(formData.getAll('differentFrom'));
  if (!id.success || !differentFrom.success) return { status: 'error', code: 'INVALID', message: '无效的讲者 · Not a valid speaker.' };
  if (!parsed.success) return invalid(parsed.error);
  try {
    const { slug } = await updateSpeaker(id.data, parsed.data, { differentFrom: differentFrom.data });
    revalidatePath(`/editor/speakers/${id.data}`);
    expireSpeakerPage(slug);
    await sourceRecordsChanged();
    return { status: 'success', message: '已保存 · Saved.' };
  } catch (error) {
    return askAboutTwin(error);
  }
}

export async function mergeSpeakersAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = mergeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const { record } = await mergeSpeakers(parsed.data);
    revalidatePath(`/editor/speakers/${parsed.data.survivorId}`);
    await sourceRecordsChanged();
    return {
      status: 'success',
      message: `已把 ${record.mergedName} 合并进来:${record.quotes.length + record.droppedQuotes.length} 条引语、${record.camps.length + record.droppedCamps.length} 个阵营、${record.paraphrases.length} 条转述。可在审计日志中撤销。 · Merged ${record.mergedName}; undo from the audit log.`,
    };
  } catch (error) {
    return actionError(error);
  }
}

export async function trashSpeakerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const id = idSchema.safeParse(formData.get('id'));
  if (!id.success) return { status: 'error', code: 'INVALID', message: '无效的讲者 · Not a valid speaker.' };
  try {
    const change = await moveToTrash('speaker', id.data);
    if (change) applyPublishedChange(change);
  } catch (error) {
    return actionError(error);
  }
  redirect('/editor/speakers?trashed=1');
}
