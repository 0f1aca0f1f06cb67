import { z } from 'zod';
import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

function isTrivial(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  if (/^(.)\1+$/.test(password)) return true; // one character repeated
  if (/^(.{1,4})\1+$/.test(lower)) return true; // a short run repeated: abcabcabcabc
  const codes = [...lower].map((c) => c.codePointAt(0)!);
  const step = codes[1]! - codes[0]!;
  return Math.abs(step) === 1 && codes.every((code, i) => i === 0 || code - codes[i - 1]! === step); // 123456789012…
}

/** The rules for a new password (OWASP ASVS: length over composition rules, refuse the common ones). */
export const newPasswordSchema = z
  .string({ error: '请填写密码 · Enter a password.' })
  .min(PASSWORD_MIN, `密码至少 ${PASSWORD_MIN} 个字符 · Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `密码最多 ${PASSWORD_MAX} 个字符 · Use at most ${PASSWORD_MAX} characters.`)
  .refine((password) => !isTrivial(password), '这个密码太常见 · That password is too common or too simple; choose another.');
