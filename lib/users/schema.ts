import { z } from 'zod';
import { emailSchema } from '@/lib/auth/email';
import { newPasswordSchema } from '@/lib/auth/password-policy';
import { ROLES } from '@/lib/auth/roles';

const userId = z.string().min(1).max(64);
const role = z.enum(ROLES, { error: '请选择角色 · Choose a role.' });

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, '请填写姓名 · Enter a name.').max(100, '姓名最多 100 个字符 · 100 characters at most.'),
  role,
});

export const changeRoleSchema = z.object({ userId, role });
export const setDisabledSchema = z.object({ userId, disabled: z.enum(['true', 'false']).transform((v) => v === 'true') });
export const resetPasswordSchema = z.object({ userId });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, '请填写当前密码 · Enter your current password.').max(128),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((data) => data.newPassword === data.confirmPassword, {
    message: '两次输入的新密码不一致 · The new passwords do not match.',
    path: ['confirmPassword'],
  });

export const createUserCliSchema = createUserSchema.extend({ password: newPasswordSchema });
