import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { SectionCoverage } from '@/lib/evidence/coverage';
import { campAnchor, campIdAnchor } from '@/lib/topics/camp-labels';
import type { Camp } from '@/lib/topics/document';
import { BlockList } from './block-list';
import { speakerLabel } from './attribution';
import { EvidenceStrip } from './evidence-strip';
import { EmptyNote, Section } from './section';


export function CampsSection({ camps, map, evidence = [] }: { camps: Camp[]; map?: ReactNode; evidence?: SectionCoverage[] }) {
  const t = useTranslations('Topic');
  return (
    <Section id="camps" title={t('camps')}>
      {camps.length === 0 && <EmptyNote>{t('noCamps')}</EmptyNote>}
      {map}
      {camps.map((camp) => (
        <article key={camp.id} id={campAnchor(camp)} className="mt-8 scroll-mt-6">
          {/* A permanent anchor by id, for links that outlive letters (the speaker ledger). */}
          <span id={campIdAnchor(camp)} className="block scroll-mt-6" />
          <h3 className="text-lg font-semibold leading-snug">
            {t('campLabel', { label: camp.label })} · &ldquo;{camp.stance}&rdquo;
            {camp.holders && <>——{camp.holders}</>}
          </h3>
          <EvidenceStrip coverage={evidence.find((coverage) => coverage.id === camp.id)} />
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
