import { useTranslations } from 'next-intl';
import type { Block } from '@/lib/topics/document';
import { LightMarkdown } from '@/components/ui/light-markdown';
import { Attribution, sameAttribution } from './attribution';
import { QuoteBlock } from './quote-block';

export function ParaphraseBlock({ block }: { block: Extract<Block, { kind: 'paraphrase' }> }) {
  const t = useTranslations('Topic');
  return (
    <div className="my-4 border-l-2 border-dashed border-stone-300 pl-4 dark:border-stone-600" data-block="paraphrase">
      <p className="leading-relaxed">
        <LightMarkdown source={block.text} />
      </p>
      <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
        <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700 dark:bg-stone-800 dark:text-stone-200">{t('paraphrase')}</span>{' '}
        {block.reason && <>({block.reason})</>}
      </p>
      {(block.speaker || block.interview) && (
        <Attribution speakers={block.speaker ? [block.speaker] : []} interview={block.interview} />
      )}
    </div>
  );
}

function NoteBlock({ text }: { text: string }) {
  const t = useTranslations('Topic');
  return (
    <aside
      className="my-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-900 dark:bg-amber-950/40 dark:text-amber-100"
      data-block="note"
    >
      <span className="mr-1 font-semibold">{t('note')}</span>
      <LightMarkdown source={text} />
    </aside>
  );
}

/** The ordered blocks of a consensus point or a camp. */
export function BlockList({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'paragraph':
            return (
              <p key={block.id} className="my-4 leading-relaxed" data-block="paragraph">
                <LightMarkdown source={block.text} />
              </p>
            );
          case 'note':
            return <NoteBlock key={block.id} text={block.text} />;
          case 'paraphrase':
            return <ParaphraseBlock key={block.id} block={block} />;
          case 'quote': {
            const next = blocks[index + 1];
            const sharesNextLine =
              next?.kind === 'quote' && !block.seeAlso && sameAttribution(block.quote, next.quote);
            return <QuoteBlock key={block.id} block={block} showAttribution={!sharesNextLine} />;
          }
        }
      })}
    </>
  );
}
