'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { actionError } from '@/lib/actions/action-error';
import { submittedValues, type ActionState } from '@/lib/actions/action-state';
import { createInterviewRecord, updateInterview } from '@/lib/interviews/mutations';
import { interviewFormSchema } from '@/lib/interviews/schema';
import { moveToTrash } from '@/lib/trash/mutations';
import { applyPublishedChange } from '@/lib/publishing/revalidate';
import { sourceRecordsChanged } from '@/lib/publishing/source-change';
import { refuseForm } from '@/lib/actions/form-guard';

const idSchema = z.string().min(1).max(64);

export async function saveInterviewAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const values = submittedValues(formData);
  const parsed = interviewFormSchema.safeParse(values);
  if (!parsed.success) {
    return { status: 'error', code: 'INVALID', message: '请检查标出的字段 · Check the marked fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  const id = formData.get('id');
  if (id !== null) {
    const existing = idSchema.safeParse(id);
    if (!existing.success) return { status: 'error', code: 'INVALID', message: '无效的访谈 · Not a valid interview.', values };
    try {
      await updateInterview(existing.data, parsed.data);
      revalidatePath(`/editor/interviews/${existing.data}`);
      await sourceRecordsChanged();
      return { status: 'success', message: '已保存 · Saved.', values };
    } catch (error) {
      return actionError(error, values);
    }
  }
  let created: string;
  try {
    created = (await createInterviewRecord(parsed.data)).id;
  } catch (error) {
    return actionError(error, values);
  }
  redirect(`/editor/interviews/${created}`);
}

export async function trashInterviewAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const id = idSchema.safeParse(formData.get('id'));
  if (!id.success) return { status: 'error', code: 'INVALID', message: '无效的访谈 · Not a valid interview.' };
  try {
    const change = await moveToTrash('interview', id.data);
    if (change) applyPublishedChange(change);
  } catch (error) {
    return actionError(error);
  }
  redirect('/editor/interviews?trashed=1');
}
