'use client';

import { useDeferredValue, useMemo } from 'react';
import { evidenceCoverage, warningsFor, type CoverageWarning } from '@/lib/evidence/coverage';
import type { TopicDocument } from '@/lib/topics/document';
import type { SectionEvidence } from './evidence-note';

/** Section id → its coverage and warnings. */
export type EvidenceBySection = ReadonlyMap<string, SectionEvidence>;

/**
 * The draft's evidence coverage for the editor, computed on a deferred copy of the draft so that
 * typing is never held up by it. Each entry carries a key (its content), by which the section
 * cards compare it: only a card whose evidence changed re-renders.
 */
export function useSectionEvidence(draft: TopicDocument, sharedQuotes: Record<string, readonly unknown[]>): { bySection: EvidenceBySection; warnings: CoverageWarning[] } {
  const deferred = useDeferredValue(draft);
  return useMemo(() => {
    const coverage = evidenceCoverage(deferred, { sharedQuotes });
    const bySection = new Map<string, SectionEvidence>();
    for (const section of [...coverage.points, ...coverage.camps]) {
      const warnings = warningsFor(coverage, section.id);
      bySection.set(section.id, { coverage: section, warnings, key: JSON.stringify([section, warnings]) });
    }
    return { bySection, warnings: coverage.warnings };
  }, [deferred, sharedQuotes]);
}
