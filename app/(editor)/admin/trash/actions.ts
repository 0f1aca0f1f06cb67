'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { actionError } from '@/lib/actions/action-error';
import { type ActionState, MALFORMED_REQUEST } from '@/lib/actions/action-state';
import { purgeFromTrash, restoreFromTrash } from '@/lib/trash/mutations';
import { trashItemSchema } from '@/lib/trash/schema';
import { revalidatePublishedTopic, revalidateSourcePages } from '@/lib/topics/revalidate';

const invalid = (error: z.ZodError): ActionState => ({
  status: 'error',
  code: 'INVALID',
  message: '无效的条目 · Not a valid item.',
  fieldErrors: z.flattenError(error).fieldErrors,
});

export async function restoreFromTrashAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return MALFORMED_REQUEST;
  const parsed = trashItemSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const slugs = await restoreFromTrash(parsed.data.kind, parsed.data.id);
    if (slugs.length) revalidatePublishedTopic(...slugs);
    else revalidateSourcePages();
    revalidatePath('/admin/trash');
    return { status: 'success', message: '已恢复 · Restored.' };
  } catch (error) {
    return actionError(error);
  }
}

export async function purgeFromTrashAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return MALFORMED_REQUEST;
  const parsed = trashItemSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await purgeFromTrash(parsed.data.kind, parsed.data.id);
    revalidateSourcePages();
    revalidatePath('/admin/trash');
    return { status: 'success', message: '已彻底删除 · Deleted for good.' };
  } catch (error) {
    return actionError(error);
  }
}
