import { useLocale, useTranslations } from 'next-intl';
import type { ConsensusPoint } from '@/lib/topics/document';
import { chineseNumeral } from '@/lib/text/chinese-numeral';
import { LightMarkdown } from '@/components/ui/light-markdown';
import { BlockList } from './block-list';
import { EmptyNote, Section } from './section';

export function ConsensusSection({ points }: { points: ConsensusPoint[] }) {
  const t = useTranslations('Topic');
  const locale = useLocale();
  return (
    <Section id="consensus" title={t('consensus')}>
      {points.length === 0 && <EmptyNote>{t('noPoints')}</EmptyNote>}
      {points.map((point, index) => (
        <article key={point.id} id={`point-${point.id}`} className="mt-6 scroll-mt-6">
          <h3 className="text-lg font-semibold leading-snug">
            {t('pointLabel', { number: locale === 'zh' ? chineseNumeral(index + 1) : index + 1 })}
            <LightMarkdown source={point.statement} />
          </h3>
          <BlockList blocks={point.blocks} />
        </article>
      ))}
    </Section>
  );
}
