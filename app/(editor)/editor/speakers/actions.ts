'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { actionError } from '@/lib/actions/action-error';
import { type ActionState, MALFORMED_REQUEST } from '@/lib/actions/action-state';
import { mergeSpeakers } from '@/lib/speakers/merge';
import { createSpeakerRecord, updateSpeaker } from '@/lib/speakers/mutations';
import { mergeSchema, speakerFormSchema, speakerFormValues } from '@/lib/speakers/schema';
import { moveToTrash } from '@/lib/trash/mutations';
import { revalidateSourcePages } from '@/lib/topics/revalidate';

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

export async function createSpeakerRecordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return MALFORMED_REQUEST;
  const parsed = speakerFormSchema.safeParse(speakerFormValues(formData));
  if (!parsed.success) return invalid(parsed.error);
  let id: string;
  try {
    id = (await createSpeakerRecord(parsed.data)).id;
  } catch (error) {
    return actionError(error);
  }
  redirect(`/editor/speakers/${id}`);
}

export async function updateSpeakerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return MALFORMED_REQUEST;
  const id = idSchema.safeParse(formData.get('id'));
  const parsed = speakerFormSchema.safeParse(speakerFormValues(formData));
  if (!id.success) return { status: 'error', code: 'INVALID', message: '无效的讲者 · Not a valid speaker.' };
  if (!parsed.success) return invalid(parsed.error);
  try {
    await updateSpeaker(id.data, parsed.data);
    revalidatePath(`/editor/speakers/${id.data}`);
    revalidateSourcePages();
    return { status: 'success', message: '已保存 · Saved.' };
  } catch (error) {
    return actionError(error);
  }
}

export async function mergeSpeakersAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return MALFORMED_REQUEST;
  const parsed = mergeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const { record } = await mergeSpeakers(parsed.data);
    revalidatePath(`/editor/speakers/${parsed.data.survivorId}`);
    revalidateSourcePages();
    return {
      status: 'success',
      message: `已把 ${record.mergedName} 合并进来:${record.quotes.length + record.droppedQuotes.length} 条引语、${record.camps.length + record.droppedCamps.length} 个阵营、${record.paraphrases.length} 条转述。可在审计日志中撤销。 · Merged ${record.mergedName}; undo from the audit log.`,
    };
  } catch (error) {
    return actionError(error);
  }
}

export async function trashSpeakerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return MALFORMED_REQUEST;
  const id = idSchema.safeParse(formData.get('id'));
  if (!id.success) return { status: 'error', code: 'INVALID', message: '无效的讲者 · Not a valid speaker.' };
  try {
    await moveToTrash('speaker', id.data);
    revalidateSourcePages();
  } catch (error) {
    return actionError(error);
  }
  redirect('/editor/speakers');
}
