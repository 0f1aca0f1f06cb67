// The language a topic page is written in. A page has both titles, and its quotes carry their
// own language tags, but its prose (statements, stances, paragraphs, the view) is written in one
// language by its analyst: that is the page's. The document has no field for it, so it is read
// from that prose — Han characters against Latin words, since one Chinese character carries
// about as much as one English word and Chinese prose is full of English terms ("pre-training 的
// 回报在变缓" is Chinese). A page with no prose yet counts as Chinese, the desk's first language.
import type { TopicDocument } from './document';

export type PageLanguage = 'zh' | 'en';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;

/** The analyst's own prose: not quotes (tagged), not titles (both languages), not the changelog. */
function prose(doc: TopicDocument): string[] {
  const sections = [...doc.consensus.map((p) => [p.statement, p.blocks] as const), ...doc.camps.map((c) => [`${c.stance} ${c.holders}`, c.blocks] as const)];
  return [
    ...sections.flatMap(([heading, blocks]) => [heading, ...blocks.map((b) => (b.kind === 'quote' ? '' : b.kind === 'paraphrase' ? `${b.text} ${b.reason}` : b.text))]),
    ...doc.blindSpots.map((i) => i.text),
    ...doc.openQuestions.map((i) => i.text),
    ...(doc.view ? [doc.view.judgment, doc.view.strongestSupport, doc.view.weakestLink] : []),
  ];
}

/** Counted lazily: a 2,000-block page holds up to 40 M characters, too many to collect matches of. */
function count(pattern: RegExp, text: string) {
  let n = 0;
  const matches = text.matchAll(pattern);
  while (!matches.next().done) n += 1;
  return n;
}

export function pageLanguage(doc: TopicDocument): PageLanguage {
  let han = 0;
  let latin = 0;
  for (const text of prose(doc)) {
    han += count(HAN, text);
    latin += count(LATIN_WORD, text);
  }
  return latin > han ? 'en' : 'zh';
}
