'use server';

import { z } from 'zod';
import { actionError } from '@/lib/actions/action-error';
import { type ActionState } from '@/lib/actions/action-state';
import { changeOwnPassword } from '@/lib/users/mutations';
import { changeOwnPasswordSchema } from '@/lib/users/schema';
import { refuseForm } from '@/lib/actions/form-guard';

export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = changeOwnPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return {
      status: 'error',
      code: 'INVALID',
      message: '请检查标出的字段 · Please check the marked fields.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  }
  try {
    await changeOwnPassword(parsed.data);
    return { status: 'success', message: '密码已更改,请重新登录 · Password changed. Please sign in again.' };
  } catch (error) {
    return actionError(error);
  }
}
