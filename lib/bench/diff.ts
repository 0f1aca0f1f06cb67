// Time and memory of the revision diff at the largest texts the editor accepts (a paragraph is
// at most LIMITS.paragraph = 20,000 characters), one case per process so that the peak resident
// memory it reports is that case's own. BENCH_DIFF_CASE names the case; prints one JSON line.
// Run by lib/cli/run-diff-bench.mjs (`npm run bench:diff`).
import { diffDocuments } from '@/lib/revisions/document-diff';
import { diffText } from '@/lib/text/token-diff';
import { LIMITS, type Block, type TopicDocument } from '@/lib/topics/document';
import { percentile } from './timing';

const L = LIMITS.paragraph;
let state = 7;
const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
/** `length` characters drawn from the first `alphabet` CJK ideographs. */
const han = (length: number, alphabet: number) => Array.from({ length }, () => String.fromCharCode(0x4e00 + Math.floor(random() * alphabet))).join('');
const english = (length: number) => {
  let text = '';
  while (text.length < length) text += `${['scaling', 'compute', 'data', 'returns', 'model', 'the', 'of', 'a'][Math.floor(random() * 8)]} `;
  return text.slice(0, length);
};
const scattered = (text: string, edits: number) => {
  const chars = [...text];
  for (let i = 0; i < edits; i += 1) chars[Math.floor(random() * chars.length)] = '变';
  return chars.join('');
};

function documentWith(paragraphs: string[]): TopicDocument {
  const blocks: Block[] = paragraphs.map((text, i) => ({ id: `b${i}`, kind: 'paragraph', text }));
  return {
    schemaVersion: 1, id: 't', slug: 'bench', titleZh: '基准', titleEn: 'Bench', changelog: [], consensus: [],
    camps: [{ id: 'c1', label: 'A', stance: '', holders: '', members: [], blocks }],
    blindSpots: [], view: null, openQuestions: [], sources: [], sisterTopics: [],
  } as unknown as TopicDocument;
}

const CASES: Record<string, { what: string; make: () => () => unknown }> = {
  ends: {
    what: `two ${L.toLocaleString('en')}-character Chinese paragraphs changed at both ends (issue 19's case)`,
    make: () => {
      const before = han(L, 3_000);
      const after = `改${before.slice(1, -1)}动`;
      return () => diffText(before, after);
    },
  },
  scattered: {
    what: `${L.toLocaleString('en')} Chinese characters, 200 scattered one-character edits (under the cap: diffed in detail)`,
    make: () => {
      const before = han(L, 3_000);
      const after = scattered(before, 200);
      return () => diffText(before, after);
    },
  },
  different: {
    what: `two unrelated ${L.toLocaleString('en')}-character Chinese paragraphs (over the cap: replaced whole)`,
    make: () => {
      const before = han(L, 3_000);
      const after = han(L, 3_000);
      return () => diffText(before, after);
    },
  },
  twoLetters: {
    what: `two unrelated ${L.toLocaleString('en')}-character texts of two characters (long matching runs on every diagonal: Myers's worst case)`,
    make: () => {
      const before = han(L, 2);
      const after = han(L, 2);
      return () => diffText(before, after);
    },
  },
  english: {
    what: `two unrelated ${L.toLocaleString('en')}-character English paragraphs of 8 words`,
    make: () => {
      const before = english(L);
      const after = english(L);
      return () => diffText(before, after);
    },
  },
  document: {
    what: `two revisions of a topic, 100 paragraphs of ${L.toLocaleString('en')} Chinese characters each rewritten (the document's shared budget)`,
    make: () => {
      const before = documentWith(Array.from({ length: 100 }, () => han(L, 3_000)));
      const after = documentWith(Array.from({ length: 100 }, () => han(L, 3_000)));
      return () => diffDocuments(before, after);
    },
  },
};

const name = process.env.BENCH_DIFF_CASE ?? 'ends';
const chosen = CASES[name];
if (!chosen) throw new Error(`unknown case ${name}: ${Object.keys(CASES).join(', ')}`);
const work = chosen.make();
const runs = Number(process.env.BENCH_DIFF_RUNS ?? 20);
globalThis.gc?.();
const rssBefore = process.resourceUsage().maxRSS;
const cpuBefore = process.cpuUsage();
let started = performance.now();
work();
const coldMs = performance.now() - started;
const coldCpu = process.cpuUsage(cpuBefore);
const coldRssGain = process.resourceUsage().maxRSS - rssBefore;
const times: number[] = [];
for (let i = 0; i < runs; i += 1) {
  started = performance.now();
  work();
  times.push(performance.now() - started);
}
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
console.log(
  JSON.stringify({
    case: name,
    what: chosen.what,
    coldMs: Math.round(coldMs * 10) / 10,
    coldCpuMs: Math.round((coldCpu.user + coldCpu.system) / 100) / 10,
    runs,
    p50Ms: percentile(times, 50),
    maxMs: percentile(times, 100),
    // Peak resident memory the process gained in the first call (one request), above what it
    // held with the texts built; then over all the runs (garbage V8 had not yet collected included).
    peakRssGainMb: mb(coldRssGain * 1024),
    peakRssGainAllRunsMb: mb((process.resourceUsage().maxRSS - rssBefore) * 1024),
  }),
);
