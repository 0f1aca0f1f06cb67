import type { Prisma } from '@/lib/generated/prisma/client';
import { quoteStatus, type QuoteStatus } from './quote-status';

// The quote library's provenance filter. Whether a quote has an anchor, lost it, or has a
// transcript to be anchored in is a condition on rows; whether an anchored quote is verified or
// differs depends on its words against the anchor's, judged in code like everywhere else, so
// those two filters scan the newest anchored quotes in batches, up to a stated bound.

export const PROVENANCE_FILTERS = ['verified', 'differs', 'anchor-lost', 'unanchored', 'no-transcript'] as const satisfies readonly QuoteStatus[];
/** At most this many anchored quotes are judged for one page of "verified" or "differs". */
export const STATUS_SCAN_LIMIT = 10_000;

export const needsJudging = (status: string): status is 'verified' | 'differs' => status === 'verified' || status === 'differs';

export function provenanceWhere(status: (typeof PROVENANCE_FILTERS)[number]): Prisma.QuoteWhereInput {
  switch (status) {
    case 'verified':
    case 'differs':
      return { anchor: { is: { lost: false } } };
    case 'anchor-lost':
      return { anchor: { is: { lost: true } } };
    case 'unanchored':
      return { anchor: { is: null }, interview: { is: { transcripts: { some: {} } } } };
    case 'no-transcript':
      return { anchor: { is: null }, OR: [{ interviewId: null }, { interview: { is: { transcripts: { none: {} } } } }] };
  }
}

export const provenanceSelect = {
  anchor: { select: { transcriptId: true, target: true, exact: true, prefix: true, suffix: true, startMs: true, endMs: true, lost: true, differenceNote: true } },
} as const;

type Row = {
  originalText: string | null;
  originalLang: string | null;
  translationText: string | null;
  translationLang: string | null;
  anchor: Prisma.QuoteAnchorGetPayload<{ select: (typeof provenanceSelect)['anchor']['select'] }> | null;
};

/** A library row's status (a row with an interview that has transcripts says so). */
export function rowStatus(row: Row, interviewHasTranscript: boolean): { status: QuoteStatus; againstTranslation: boolean } {
  const { status, againstTranslation } = quoteStatus(
    {
      id: '',
      original: row.originalText ? { text: row.originalText, lang: row.originalLang ?? 'en' } : null,
      translation: row.translationText ? { text: row.translationText, lang: row.translationLang ?? 'zh' } : null,
      speakers: [],
      interview: null,
      ...(row.anchor ? { anchor: { ...row.anchor, target: row.anchor.target === 'translation' ? 'translation' : 'original', lang: '', passage: null } } : {}),
    },
    interviewHasTranscript,
  );
  return { status, againstTranslation };
}
