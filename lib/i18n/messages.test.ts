import { expect, it } from 'vitest';
import en from './messages/en.json';
import zh from './messages/zh.json';

const keysOf = (messages: object, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) => (typeof value === 'object' ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`]));

it('both interface languages have every message, and no message is empty', () => {
  expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  for (const messages of [en, zh]) {
    for (const key of keysOf(messages)) {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
      expect(String(value).trim(), key).not.toBe('');
    }
  }
});
