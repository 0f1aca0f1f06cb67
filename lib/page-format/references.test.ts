import { describe, expect, it } from 'vitest';
import { readAttribution } from './attribution';
import { readDate } from './dates';
import { formatAttributionReference, formatSourceLine, readReference } from './references';
import { readAffiliation, readSpeakers } from './speakers';

const fields = (text: string) => {
  const { show, episodeNumber, episodeTitle, publishedOn, url } = readReference(text);
  return { show, episodeNumber, episodeTitle, publishedOn: publishedOn?.iso ?? null, url };
};

describe('references to an interview, in every form analysts write', () => {
  it.each([
    ['Show Name #12: Episode Title · 2026-03-04', 'Show Name', '12', 'Episode Title', '2026-03-04'],
    ['Show Name #12 Episode Title', 'Show Name', '12', 'Episode Title', null],
    ['Show Name #12', 'Show Name', '12', '', null],
    ['Show Name: Episode Title · 2026-02-11', 'Show Name', null, 'Episode Title', '2026-02-11'],
    ['Show Name — Episode Title · 2026/01/22', 'Show Name', null, 'Episode Title', '2026-01-22'],
    ['Lex Fridman Podcast Ep412 · 2026年6月18日', 'Lex Fridman Podcast', '412', '', '2026-06-18'],
    ['Lex Fridman Podcast EP 412: Scaling', 'Lex Fridman Podcast', '412', 'Scaling', null],
    ['Show Name · 2026-03', 'Show Name', null, '', '2026-03-01'],
    ['AI Vibe Check', 'AI Vibe Check', null, '', null],
    ['Uncapped #46 Brad Lightcap from OpenAI', 'Uncapped', '46', 'Brad Lightcap from OpenAI', null],
    ['20VC: How Model Performance is Plateauing', '20VC', null, 'How Model Performance is Plateauing', null],
    ['Silicon Weekly #204 · The price of a token · 2026-04-09', 'Silicon Weekly', '204', 'The price of a token', '2026-04-09'],
    ['Show: The #1 mistake', 'Show', null, 'The #1 mistake', null],
    ["Inside AI's $10B+ Capital Flywheel", "Inside AI's $10B+ Capital Flywheel", null, '', null],
    ['Epoch Talks #3 Data', 'Epoch Talks', '3', 'Data', null],
  ])('%s', (text, show, episodeNumber, episodeTitle, publishedOn) => {
    expect(fields(text)).toMatchObject({ show, episodeNumber, episodeTitle, publishedOn });
  });

  it('keeps a URL at the end of a 取材 line', () => {
    expect(fields('Grid & Silicon · Power · 2026-05-30 · https://example.com/ep/1')).toEqual({
      show: 'Grid & Silicon', episodeNumber: null, episodeTitle: 'Power', publishedOn: '2026-05-30', url: 'https://example.com/ep/1',
    });
  });

  it('writes back what it reads', () => {
    const interview = { show: 'Show Name', episodeNumber: '12', episodeTitle: 'Episode Title', publishedOn: '2026-03-04', url: null };
    expect(fields(formatSourceLine(interview))).toMatchObject(interview);
    expect(fields(formatAttributionReference(interview))).toMatchObject({ ...interview, publishedOn: null });
    expect(fields(formatAttributionReference({ ...interview, episodeNumber: null }))).toMatchObject({ show: 'Show Name', episodeNumber: null, episodeTitle: 'Episode Title' });
  });
});

describe('dates', () => {
  it.each([
    ['2026-06-18', '2026-06-18', 'day'],
    ['2026/6/8', '2026-06-08', 'day'],
    ['2026年6月18日', '2026-06-18', 'day'],
    ['2026-06', '2026-06-01', 'month'],
  ])('%s', (text, iso, precision) => expect(readDate(text)).toEqual({ iso, precision }));

  it.each(['2026-02-30', '2026-13-01', 'June 2026', '20260618', `2026-06-18${' '.repeat(20)}x`])('%s is not a date', (text) => expect(readDate(text)).toBeNull());
});

describe('speakers', () => {
  it.each([
    ['Martin Casado / Sarah Wang (a16z)', [['Martin Casado', 'a16z'], ['Sarah Wang', 'a16z']]],
    ['Dev Raman、Lucía Ortega (Basalt Ventures)', [['Dev Raman', 'Basalt Ventures'], ['Lucía Ortega', 'Basalt Ventures']]],
    ['Marco Bellini & Ines Duarte', [['Marco Bellini', null], ['Ines Duarte', null]]],
    ['张伟和李娜(Cobalt)', [['张伟', 'Cobalt'], ['李娜', 'Cobalt']]],
    ['Bob McGrew (former OpenAI) / Eric Zelikman (humans&)', [['Bob McGrew', 'former OpenAI'], ['Eric Zelikman', 'humans&']]],
    ['Joelle Pineau (Cohere / Meta)', [['Joelle Pineau', 'Cohere / Meta']]],
    ['未署名', []],
  ])('%s', (text, expected) => {
    expect(readSpeakers(text).map((s) => [s.name, s.affiliation])).toEqual(expected);
  });

  it.each([
    ['former OpenAI', 'OpenAI', true],
    ['前 OpenAI', 'OpenAI', true],
    ['ex-Google', 'Google', true],
    ['OpenAI', 'OpenAI', false],
  ])('%s', (text, organisation, former) => expect(readAffiliation(text)).toEqual({ organisation, former }));
});

describe('attribution lines', () => {
  it('reads who, where, when and the sister topic', () => {
    expect(readAttribution('— Martin Casado / Sarah Wang (a16z) · Show Name #12: Title · 2026-03-04', { afterQuote: false })).toMatchObject({
      speakers: [{ name: 'Martin Casado', affiliation: 'a16z' }, { name: 'Sarah Wang', affiliation: 'a16z' }],
      episode: { show: 'Show Name', episodeNumber: '12', episodeTitle: 'Title', publishedOn: { iso: '2026-03-04' } },
    });
    expect(readAttribution('— Bob McGrew (former OpenAI) · 见姊妹主题 inference-economics', { afterQuote: false })).toMatchObject({ episode: null, seeAlsoSlug: 'inference-economics' });
    expect(readAttribution('Brad Lightcap · Uncapped #46', { afterQuote: true })?.episode).toMatchObject({ show: 'Uncapped', episodeNumber: '46' });
  });

  it('does not take a sentence for an attribution', () => {
    expect(readAttribution('Brad Lightcap · Uncapped #46', { afterQuote: false })).toBeNull();
    expect(readAttribution('他说得对 · 但这不是全部。', { afterQuote: true })).toBeNull();
  });
});
