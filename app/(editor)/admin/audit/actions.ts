'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { actionError } from '@/lib/actions/action-error';
import { type ActionState } from '@/lib/actions/action-state';
import { undoSpeakerMerge } from '@/lib/speakers/merge';
import { sourceRecordsChanged } from '@/lib/publishing/source-change';
import { refuseForm } from '@/lib/actions/form-guard';

const undoSchema = z.object({ eventId: z.string().min(1).max(64) });

export async function undoMergeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = undoSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: 'error', code: 'INVALID', message: '无效的记录 · Not a valid event.' };
  try {
    await undoSpeakerMerge(parsed.data.eventId);
    revalidatePath('/admin/audit');
    await sourceRecordsChanged();
    return { status: 'success', message: '合并已撤销 · The merge is undone.' };
  } catch (error) {
    return actionError(error);
  }
}
