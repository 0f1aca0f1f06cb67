import { expect, it } from 'vitest';
import { newPasswordSchema } from './password-policy';
import { emailSchema } from './email';

const accepts = (password: string) => newPasswordSchema.safeParse(password).success;

it('asks for 12 to 128 characters and allows at least 64', () => {
  expect(accepts('short-pass1')).toBe(false);
  expect(accepts('tidy-lantern-orbit')).toBe(true);
  expect(accepts('x'.repeat(20) + 'correct horse battery staple, but longer and more unusual!'.repeat(1))).toBe(true);
  expect(accepts('a1b2c3d4e5f6g7h8'.repeat(4))).toBe(true); // 64 characters
  expect(accepts('k'.repeat(100) + 'Zq9')).toBe(true);
  expect(accepts('k'.repeat(129) + 'Zq9')).toBe(false);
});

it('refuses common and trivially patterned passwords', () => {
  for (const weak of ['password1234', 'Password1234', '111111111111', '123456789012', 'abcabcabcabc', 'qwertyuiop12', 'abcdefghijklm']) {
    expect(accepts(weak), weak).toBe(false);
  }
});

it('accepts non-ASCII passphrases', () => {
  expect(accepts('算力与数据都不是全部的答案')).toBe(true);
});

it('normalises emails and refuses look-alike letters with a clear message', () => {
  expect(emailSchema.parse('  Analyst@Example.COM ')).toBe('analyst@example.com');
  expect(emailSchema.parse('ａｎａｌｙｓｔ@example.com')).toBe('analyst@example.com'); // full-width folds
  const cyrillic = emailSchema.safeParse('аdmin@example.com'); // Cyrillic а
  expect(cyrillic.success).toBe(false);
  expect(cyrillic.error?.issues[0]?.message).toMatch(/ASCII/);
  expect(emailSchema.safeParse(`${'a'.repeat(250)}@x.io`).success).toBe(false);
});
