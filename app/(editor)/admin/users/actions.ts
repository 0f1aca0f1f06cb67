'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { actionError } from '@/lib/actions/action-error';
import { submittedValues, type ActionState } from '@/lib/actions/action-state';
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from '@/lib/users/mutations';
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setDisabledSchema } from '@/lib/users/schema';
import { refuseForm } from '@/lib/actions/form-guard';

const invalid = (error: z.ZodError, formData: FormData): ActionState<never> => ({
  status: 'error',
  code: 'INVALID',
  message: '请检查标出的字段 · Please check the marked fields.',
  fieldErrors: z.flattenError(error).fieldErrors,
  values: submittedValues(formData),
});

export async function createUserAction(
  _previous: ActionState<{ email: string; oneTimePassword: string }>,
  formData: FormData,
): Promise<ActionState<{ email: string; oneTimePassword: string }>> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = createUserSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    const created = await createUser(parsed.data);
    revalidatePath('/admin/users');
    return {
      status: 'success',
      message: '账号已创建 · Account created.',
      result: { email: created.email, oneTimePassword: created.oneTimePassword },
    };
  } catch (error) {
    return actionError(error, submittedValues(formData));
  }
}

export async function changeRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = changeRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await changeUserRole(parsed.data);
    revalidatePath('/admin/users');
    return { status: 'success', message: '角色已更新 · Role updated.' };
  } catch (error) {
    return actionError(error);
  }
}

export async function setDisabledAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = setDisabledSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await setUserDisabled(parsed.data);
    revalidatePath('/admin/users');
    return { status: 'success', message: parsed.data.disabled ? '账号已停用 · Account disabled.' : '账号已启用 · Account enabled.' };
  } catch (error) {
    return actionError(error);
  }
}

export async function resetPasswordAction(
  _previous: ActionState<{ oneTimePassword: string }>,
  formData: FormData,
): Promise<ActionState<{ oneTimePassword: string }>> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    const { oneTimePassword } = await resetUserPassword(parsed.data);
    return { status: 'success', message: '密码已重置 · Password reset.', result: { oneTimePassword } };
  } catch (error) {
    return actionError(error);
  }
}
