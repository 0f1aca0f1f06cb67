import { describe, expect, it } from 'vitest';
import { seedDocument } from '@/lib/testing/seed-document';
import type { Block, TopicDocument } from '@/lib/topics/document';
import { versionChanges } from './version-changes';

const base = seedDocument();

describe('versionChanges', () => {
  it('says a first version is the first, and an unchanged one changed only its wording', () => {
    expect(versionChanges(null, base).first).toBe(true);
    const reworded: TopicDocument = { ...base, camps: [...base.camps].reverse().map((camp) => ({ ...camp, stance: `${camp.stance}!` })) };
    const changes = versionChanges(base, reworded);
    expect(changes).toMatchObject({ first: false, wordingOnly: true, campsAdded: [], campsRemoved: [], quotesAdded: 0, confidence: null });
  });

  it('counts camps, quotes and notes added or removed by id, and the confidence moved', () => {
    const [a, b, ...rest] = base.camps;
    const quote = a!.blocks.find((block): block is Extract<Block, { kind: 'quote' }> => block.kind === 'quote')!;
    const after: TopicDocument = {
      ...base,
      camps: [
        // Camp A loses a quote and gains a note; camp B is gone; a new camp F comes.
        { ...a!, blocks: [...a!.blocks.filter((block) => block !== quote), { id: 'new-note', kind: 'note', text: '注意——新按语' }] },
        ...rest,
        { id: 'camp-f', label: 'F', stance: 'new', holders: '', members: [], blocks: [{ ...quote, id: 'copied-block' }] },
      ],
      view: { ...base.view!, confidence: 'MEDIUM' },
    };
    const changes = versionChanges(base, after);
    const bQuotes = new Set(b!.blocks.flatMap((block) => (block.kind === 'quote' ? [block.quote.id] : []))).size;
    expect(changes).toMatchObject({
      campsAdded: ['F'],
      campsRemoved: ['B'],
      // The quote moved from camp A to camp F is the same quote: only camp B's quotes left the page.
      quotesAdded: 0,
      quotesRemoved: bQuotes,
      notesAdded: 1,
      notesRemoved: b!.blocks.filter((block) => block.kind === 'note').length,
      confidence: { from: 'MEDIUM_HIGH', to: 'MEDIUM' },
      wordingOnly: false,
    });
    expect(bQuotes).toBe(3);
  });
});
