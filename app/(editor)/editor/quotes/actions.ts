'use server';

import { revalidatePath } from 'next/cache';
import { actionError } from '@/lib/actions/action-error';
import { type ActionState } from '@/lib/actions/action-state';
import { markTranslationReviewed } from '@/lib/quotes/mutations';
import { quoteIdSchema } from '@/lib/quotes/schema';
import { moveToTrash } from '@/lib/trash/mutations';
import { refuseForm } from '@/lib/actions/form-guard';

const invalid: ActionState = { status: 'error', code: 'INVALID', message: '无效的引语 · Not a valid quote.' };

export async function markReviewedAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = quoteIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid;
  try {
    await markTranslationReviewed(parsed.data.id);
    revalidatePath('/editor/quotes');
    return { status: 'success', message: '已标记为已核对 · Marked as reviewed.' };
  } catch (error) {
    return actionError(error);
  }
}

export async function trashQuoteAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = quoteIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid;
  try {
    await moveToTrash('quote', parsed.data.id);
    revalidatePath('/editor/quotes');
    return { status: 'success', message: '已移到回收站 · Moved to the trash.' };
  } catch (error) {
    return actionError(error);
  }
}
