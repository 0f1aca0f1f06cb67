import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferSpeakers, type LibrarySpeaker } from './infer-speakers';
import { parseTopicText } from './parse-topic-text';
import type { ParsedBlock, ParsedTopic } from './parsed-topic';

// Short passages written for the purpose: who a reader would say said each quote that has no
// attribution line, and where a reader could not tell.

const quotes = (topic: ParsedTopic) =>
  [...topic.consensus, ...topic.camps].flatMap((section) => section.blocks).filter((b): b is Extract<ParsedBlock, { kind: 'quote' }> => b.kind === 'quote');

/** Who each quote of a camp page is given to ("—" for nobody), with "?" after inferred ones. */
function attributions(body: string, library: LibrarySpeaker[] = []) {
  const topic = parseTopicText(`测试 · Test\n分歧在哪\n阵营 A · "立场"——某派\n${body}`);
  inferSpeakers(topic, library);
  return quotes(topic).map((quote) => {
    const names = quote.speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(' / ') || '—';
    return quote.inferred ? `${names}?` : names;
  });
}

const Q = (n: number) => `"Quote number ${n}."\n「第 ${n} 条引语。」`;

describe('a quote takes the speaker named in the text before it', () => {
  it.each([
    ['a name opening a Chinese sentence', `Jack Morris 在更基础的研究层面给了一个论点:\n\n${Q(1)}`, ['Jack Morris?']],
    ['Name (Org)', `Ari Morcos (Datology) 是少数把整套问题重新框架的人:\n\n${Q(1)}`, ['Ari Morcos (Datology)?']],
    ['Name (Org) in the middle of an English sentence', `This matches what Priya Nair (Cobalt Compute) told the panel:\n\n${Q(1)}`, ['Priya Nair (Cobalt Compute)?']],
    ['Org 的 Name / Name: a group', `OpenAI 的 Isa Fulford / Christina Kim 把改进归功于数据:\n\n${Q(1)}`, ['Isa Fulford (OpenAI) / Christina Kim (OpenAI)?']],
    ['Name / Name (Org): a group sharing the organisation', `Sarah Wang / Martin Casado (a16z) 把它绑到资本流动上:\n\n${Q(1)}`, ['Sarah Wang (a16z) / Martin Casado (a16z)?']],
    ['two names joined by 和', `Marco Bellini 和 Ines Duarte 一起回答:\n\n${Q(1)}`, ['Marco Bellini / Ines Duarte?']],
    ['two names joined by &', `Marco Bellini & Ines Duarte (Northwind Labs) answered together:\n\n${Q(1)}`, ['Marco Bellini (Northwind Labs) / Ines Duarte (Northwind Labs)?']],
    ['an English subject and a reporting verb', `Jack Morris argues that memorisation has a ceiling:\n\n${Q(1)}`, ['Jack Morris?']],
    ['a former organisation', `Bob McGrew (former OpenAI) 的说法更直接:\n\n${Q(1)}`, ['Bob McGrew (former OpenAI)?']],
    ['a Chinese name before an organisation', `张伟(前 Cobalt)认为价格还会降:\n\n${Q(1)}`, ['张伟 (前 Cobalt)?']],
    ['three quotes in a row after the name', `Ari Morcos (Datology) 是少数人之一:\n\n${Q(1)}\n${Q(2)}\n${Q(3)}`, ['Ari Morcos (Datology)?', 'Ari Morcos (Datology)?', 'Ari Morcos (Datology)?']],
    ['quotes separated only by blank lines', `Ari Morcos (Datology) 说:\n\n${Q(1)}\n\n${Q(2)}`, ['Ari Morcos (Datology)?', 'Ari Morcos (Datology)?']],
    ['a pronoun chain (她)', `Joelle Pineau (Cohere) 是这一派的代表:\n\n${Q(1)}\n\n——言下之意,这是她的重新定义。\n\n她对 RL 又给了一个限定:\n\n${Q(2)}`, ['Joelle Pineau (Cohere)?', 'Joelle Pineau (Cohere)?']],
    ['a pronoun chain in English (she)', `Priya Nair (Cobalt Compute) says costs keep falling:\n\n${Q(1)}\n\nShe adds a caveat:\n\n${Q(2)}`, ['Priya Nair (Cobalt Compute)?', 'Priya Nair (Cobalt Compute)?']],
    ['a group carried by 他们', `Marco Bellini / Ines Duarte (Northwind Labs) 的账单说明了问题:\n\n${Q(1)}\n\n他们还补充:\n\n${Q(2)}`, ['Marco Bellini (Northwind Labs) / Ines Duarte (Northwind Labs)?', 'Marco Bellini (Northwind Labs) / Ines Duarte (Northwind Labs)?']],
    ['a known speaker attributed elsewhere on the page, Chinese name', `${Q(1)}\n— 李娜 (Northwind) · Unit Economics #3\n\n李娜在另一次访谈里补充:\n\n${Q(2)}`, ['李娜 (Northwind)', '李娜 (Northwind)?']],
    ['a library alias', `Lightcap 直接给出了最强的版本:\n\n${Q(1)}`, ['Brad Lightcap?']],
  ])('%s', (_name, body, expected) => {
    expect(attributions(body, [{ name: 'Brad Lightcap', aliases: ['Lightcap'] }])).toEqual(expected);
  });
});

describe('a quote stays without a speaker when nothing decides', () => {
  it.each([
    ['two different people named apart', `Jack Morris 反驳了 Ari Morcos (Datology) 的说法:\n\n${Q(1)}`, ['—']],
    ['two different people in English', `Ari Morcos (Datology) disagrees with Jack Morris (Cornell) here:\n\n${Q(1)}`, ['—']],
    ['nobody named', `这条线把问题转换成了资源分配:\n\n${Q(1)}`, ['—']],
    ['a paragraph naming nobody, without a pronoun, breaks the chain', `Ari Morcos (Datology) 说:\n\n${Q(1)}\n\n这条线把问题转换了。\n\n${Q(2)}`, ['Ari Morcos (Datology)?', '—']],
    ['其他 is not a pronoun', `Ari Morcos (Datology) 说:\n\n${Q(1)}\n\n其他阵营不同意。\n\n${Q(2)}`, ['Ari Morcos (Datology)?', '—']],
    ['a quote with its own attribution line in between', `Ari Morcos (Datology) 说:\n\n${Q(1)}\n\n${Q(2)}\n— Hana Sato · Grid #1\n\n${Q(3)}`, ['Ari Morcos (Datology)?', 'Hana Sato', '—']],
    ['a name that is also an organisation on the page', `${Q(1)}\n— Winston Weinberg (Harvey Labs) · 20VC: Plateau\n\nHarvey Labs 认为部署才是瓶颈:\n\n${Q(2)}`, ['Winston Weinberg (Harvey Labs)', '—']],
    ['a capitalised phrase that is no person (Vibe Check panel gives…)', `Vibe Check panel gives a more technical view:\n\n${Q(1)}`, ['—']],
    ['a bare name beside the subject: two people named', `Omar Haddad 反驳了 Hana Sato 的说法:\n\n${Q(1)}`, ['—']],
    ['a name only mentioned, not as the one speaking', `正如 Jack Morris 所说,这条曲线会变平:\n\n${Q(1)}`, ['—']],
    ['a quote marked 未署名 stays so', `Ari Morcos (Datology) 说:\n\n${Q(1)}\n— 未署名`, ['—']],
  ])('%s', (_name, body, expected) => {
    expect(attributions(body)).toEqual(expected);
  });

  it('a name in another section does not carry over', () => {
    const topic = parseTopicText(`测试 · Test\n分歧在哪\n阵营 A · "一"——甲\nAri Morcos (Datology) 说:\n${Q(1)}\n阵营 B · "二"——乙\n${Q(2)}\n主流共识\n第一点:x\nJack Morris 在这里:\n第二点:y\n${Q(3)}`);
    const { unattributed } = inferSpeakers(topic);
    expect(quotes(topic).map((q) => q.speakers.map((s) => s.name).join())).toEqual(['', 'Ari Morcos', '']);
    expect(unattributed.map((u) => u.reason)).toEqual(['nobody is named before it', 'nobody is named before it']);
  });

  it('says which people made the quote ambiguous', () => {
    const topic = parseTopicText(`测试 · Test\n分歧在哪\n阵营 A · "一"——甲\nJack Morris 反驳了 Ari Morcos (Datology) 的说法:\n${Q(1)}`);
    expect(inferSpeakers(topic).unattributed[0]!.reason).toBe('Jack Morris, Ari Morcos are named before it and nothing says which');
  });
});

describe('the reference page', () => {
  it('gives the nine unattributed quotes (and Weinberg\'s) the speakers a reader would, with the lines that named them', () => {
    const topic = parseTopicText(readFileSync(new URL('./fixtures/performance-plateau.txt', import.meta.url), 'utf8'));
    const { inferences, unattributed } = inferSpeakers(topic);
    expect(unattributed).toEqual([]);
    expect(inferences.map((i) => `${i.quoteLine}: ${i.speakers.join(' / ')} (line ${i.fromLine})`)).toEqual([
      '37: Winston Weinberg (line 35)',
      '52: Jack Morris (line 50)',
      '59: Joelle Pineau (line 57)',
      '66: Joelle Pineau (line 57)',
      '81: Isa Fulford / Christina Kim (line 79)',
      '83: Isa Fulford / Christina Kim (line 79)',
      '90: Ari Morcos (line 88)',
      '92: Ari Morcos (line 88)',
      '94: Ari Morcos (line 88)',
      '111: Eric Zelikman (line 109)',
    ]);
    const pineau = quotes(topic).find((q) => q.lines[0] === 59)!;
    expect(pineau.speakers).toEqual([{ name: 'Joelle Pineau', affiliation: 'Cohere Chief Scientist' }]);
  });
});
