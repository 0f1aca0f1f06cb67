import { describe, expect, it } from 'vitest';
import { isSafeHref, lightMarkdownToPlainText, parseLightMarkdown } from './light-markdown';

describe('parseLightMarkdown', () => {
  it('parses emphasis inside mixed Chinese and English, as the seed writes it', () => {
    expect(parseLightMarkdown('你第一次能把美元追溯到结果,*前提是 scaling laws 仍然成立*。')).toEqual([
      { type: 'text', value: '你第一次能把美元追溯到结果,' },
      { type: 'em', children: [{ type: 'text', value: '前提是 scaling laws 仍然成立' }] },
      { type: 'text', value: '。' },
    ]);
  });

  it('parses strong, and emphasis nested in a link', () => {
    expect(parseLightMarkdown('**算力** and [the *paper*](https://example.com/a)')).toEqual([
      { type: 'strong', children: [{ type: 'text', value: '算力' }] },
      { type: 'text', value: ' and ' },
      {
        type: 'link',
        href: 'https://example.com/a',
        children: [{ type: 'text', value: 'the ' }, { type: 'em', children: [{ type: 'text', value: 'paper' }] }],
      },
    ]);
  });

  it('keeps an unmatched asterisk and escaped markers as text', () => {
    expect(lightMarkdownToPlainText('5 * 3 = 15 and \\*not emphasis\\*')).toBe('5 * 3 = 15 and *not emphasis*');
    expect(parseLightMarkdown('a * b')).toEqual([{ type: 'text', value: 'a * b' }]);
  });

  it('never turns a script or javascript: link into anything but text', () => {
    const nodes = parseLightMarkdown('[click](javascript:alert(1)) <script>alert(1)</script>');
    expect(nodes.every((node) => node.type === 'text')).toBe(true);
    expect(lightMarkdownToPlainText('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))');
  });

  it('accepts only http(s) and mailto links', () => {
    expect(isSafeHref('https://example.com')).toBe(true);
    expect(isSafeHref('mailto:a@b.c')).toBe(true);
    expect(isSafeHref('JavaScript:alert(1)')).toBe(false);
    expect(isSafeHref('data:text/html,<b>')).toBe(false);
    expect(isSafeHref('/relative')).toBe(false);
  });
});
