import type { PublishBlocker } from '@/lib/drafts/publish-blockers';
import type { TopicDocument } from '@/lib/topics/document';
import { quoteStatus } from './quote-status';
import { topicQuotes } from './topic-quotes';

// The editor's side of the publish rule in lib/publishing/rules.ts: a quote that
// differs from what was said needs a fix or a reason before the topic is published. Pure, so the
// publish button knows without asking the server (which checks again).

export function differenceBlockers(doc: TopicDocument): PublishBlocker[] {
  return topicQuotes(doc).flatMap(({ blockId, where, quote }) =>
    quote.anchor && !quote.anchor.differenceNote && quoteStatus(quote, true).status === 'differs'
      ? [{ rule: 'quote-differs-from-transcript' as const, blockId, anchor: `item-${blockId}`, message: `${where}:引语与文字稿不符,请修正或说明原因 · the quote differs from the transcript: fix it or give a reason` }]
      : [],
  );
}
