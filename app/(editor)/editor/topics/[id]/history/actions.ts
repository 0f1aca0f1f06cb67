'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { actionError } from '@/lib/actions/action-error';
import { type ActionState } from '@/lib/actions/action-state';
import { restoreRevision } from '@/lib/revisions/restore';
import { refuseForm } from '@/lib/actions/form-guard';

const restoreSchema = z.object({ topicId: z.string().min(1).max(64), number: z.coerce.number().int().min(1) });

export type RestoreState = ActionState<{ number: number; notes: string[] }>;

export async function restoreRevisionAction(_previous: RestoreState, formData: FormData): Promise<RestoreState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = restoreSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: 'error', code: 'INVALID', message: '无效的修订 · Not a valid revision.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  try {
    const restored = await restoreRevision(parsed.data);
    revalidatePath(`/editor/topics/${parsed.data.topicId}/history`);
    return {
      status: 'success',
      message: `已恢复为草稿(修订 #${restored.number}),发布后读者才会看到 · Restored as draft revision #${restored.number}; readers see it once it is published.`,
      result: restored,
    };
  } catch (error) {
    return actionError(error);
  }
}
