import { z } from 'zod';

/** Folds width variants and case; refuses what still is not plain ASCII (look-alike letters). */
export function normalizeEmail(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}

export const emailSchema = z
  .string({ error: '请填写邮箱 · Enter an email address.' })
  .max(254, '邮箱太长 · That email address is too long (254 characters at most).')
  .transform(normalizeEmail)
  .pipe(
    z
      .string()
      .min(1, '请填写邮箱 · Enter an email address.')
      .regex(/^[\x00-\x7F]*$/, '邮箱只能包含 ASCII 字符 · Use the plain ASCII form of the address (no look-alike letters).')
      .pipe(z.email('邮箱格式不对 · That is not a valid email address.')),
  );
