'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { actionError } from '@/lib/actions/action-error';
import { type ActionState } from '@/lib/actions/action-state';
import { purgeFromTrash, restoreFromTrash } from '@/lib/trash/mutations';
import { trashItemSchema } from '@/lib/trash/schema';
import { applyPublishedChange } from '@/lib/publishing/revalidate';
import { refuseForm } from '@/lib/actions/form-guard';

const invalid = (error: z.ZodError): ActionState => ({
  status: 'error',
  code: 'INVALID',
  message: '无效的条目 · Not a valid item.',
  fieldErrors: z.flattenError(error).fieldErrors,
});

export async function restoreFromTrashAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = trashItemSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const change = await restoreFromTrash(parsed.data.kind, parsed.data.id);
    if (change) applyPublishedChange(change);
    revalidatePath('/admin/trash');
  } catch (error) {
    return actionError(error);
  }
  // The restored row leaves the list and its message with it: the page says what came back.
  redirect(`/admin/trash?${new URLSearchParams({ restored: `${parsed.data.kind}:${parsed.data.id}` })}`);
}

export async function purgeFromTrashAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = trashItemSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const change = await purgeFromTrash(parsed.data.kind, parsed.data.id);
    if (change) applyPublishedChange(change);
    revalidatePath('/admin/trash');
    return { status: 'success', message: '已彻底删除 · Deleted for good.' };
  } catch (error) {
    return actionError(error);
  }
}
