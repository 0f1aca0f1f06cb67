import type { ConsensusPoint } from '@/lib/topics/document';
import { chineseNumeral } from '@/lib/text/chinese-numeral';
import { LightMarkdown } from '@/components/ui/light-markdown';
import { BlockList } from './block-list';
import { EmptyNote, Section } from './section';

export function ConsensusSection({ points }: { points: ConsensusPoint[] }) {
  return (
    <Section id="consensus" title="主流共识" subtitle="Consensus">
      {points.length === 0 && <EmptyNote>尚无共识要点 · No consensus points yet.</EmptyNote>}
      {points.map((point, index) => (
        <article key={point.id} id={`point-${point.id}`} className="mt-6 scroll-mt-6">
          <h3 className="text-lg font-semibold leading-snug">
            第{chineseNumeral(index + 1)}点:<LightMarkdown source={point.statement} />
          </h3>
          <BlockList blocks={point.blocks} />
        </article>
      ))}
    </Section>
  );
}
