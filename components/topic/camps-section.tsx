import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Camp } from '@/lib/topics/document';
import { BlockList } from './block-list';
import { speakerLabel } from './attribution';
import { EmptyNote, Section } from './section';

/** Anchors follow the camp's label (#camp-b), so deep links survive reordering other camps. */
export const campAnchor = (camp: Pick<Camp, 'label'>) => `camp-${camp.label.toLowerCase()}`;

export function CampsSection({ camps, map }: { camps: Camp[]; map?: ReactNode }) {
  const t = useTranslations('Topic');
  return (
    <Section id="camps" title={t('camps')}>
      {camps.length === 0 && <EmptyNote>{t('noCamps')}</EmptyNote>}
      {map}
      {camps.map((camp) => (
        <article key={camp.id} id={campAnchor(camp)} className="mt-8 scroll-mt-6">
          <h3 className="text-lg font-semibold leading-snug">
            {t('campLabel', { label: camp.label })} · &ldquo;{camp.stance}&rdquo;
            {camp.holders && <>——{camp.holders}</>}
          </h3>
          {camp.members.length > 0 && (
            <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
              {t('members')}
              {camp.members.map(speakerLabel).join('、')}
            </p>
          )}
          <BlockList blocks={camp.blocks} />
        </article>
      ))}
    </Section>
  );
}
