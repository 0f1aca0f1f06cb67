import type { QuoteStatus } from './quote-status';

// What each status is called on the signed-in screens (bilingual, as the editor speaks) and in
// the command line.

export const STATUS_LABELS: Record<QuoteStatus, string> = {
  verified: '已核对 · Verified',
  differs: '与原话不符 · Differs',
  'anchor-lost': '锚点丢失 · Anchor lost',
  unanchored: '未定位 · Not anchored',
  'no-transcript': '无文字稿 · No transcript',
};

export const AGAINST_TRANSLATION = '按译文稿核对 · Checked against the translated transcript';

export const STATUS_TONE: Record<QuoteStatus, string> = {
  verified: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  differs: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
  'anchor-lost': 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  unanchored: 'bg-stone-200 text-stone-800 dark:bg-stone-800 dark:text-stone-200',
  'no-transcript': 'bg-stone-100 text-stone-600 dark:bg-stone-900 dark:text-stone-400',
};
