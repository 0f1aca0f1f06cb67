import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageStructure } from './corpus/page-structure';
import { coveredLines, nonEmptyLines } from './line-coverage';
import { parseTopicText } from './parse-topic-text';

// Pages in the seed's format written by other (imagined) analysts: other shows and numbering
// styles (#N, #N:, EpN, Ep N, EPN, a show alone), other date forms (2026-06, 2026/05/30,
// 2026年6月18日), sections present or absent, members lines, curly quotes and full-width
// punctuation, speakers named only in the paragraph before their quotes, text the importer
// cannot place. Each has an expected-structure file, checked line by line against the page.
const corpus = new URL('./corpus/', import.meta.url);
const pages = [
  ...readdirSync(corpus).filter((file) => file.endsWith('.txt')).map((file) => new URL(file, corpus)),
  new URL('./fixtures/performance-plateau.txt', import.meta.url),
];

describe.each(pages.map((url) => [url.pathname.split('/').slice(-2).join('/'), url] as const))('%s', (_name, url) => {
  const text = readFileSync(url, 'utf8');

  it('reads as its expected-structure file says', () => {
    const expected = JSON.parse(readFileSync(new URL(url.href.replace(/\.txt$/, '.expected.json')), 'utf8'));
    expect(pageStructure(text)).toEqual(expected);
  });

  it('accounts for every non-empty line', () => {
    expect(coveredLines(parseTopicText(text))).toEqual(nonEmptyLines(text));
  });
});

it('has at least eight pages besides the reference page', () => {
  expect(pages.length - 1).toBeGreaterThanOrEqual(8);
});
