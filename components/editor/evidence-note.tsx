'use client';

import type { CoverageWarning, SectionCoverage } from '@/lib/evidence/coverage';

// Beside each consensus point and camp in the editor: what it rests on, in one line, and the
// evidence warnings (lib/evidence/coverage.ts). Warnings never block publishing.

/** `key` is the content as a string: equal keys, equal evidence. */
export type SectionEvidence = { coverage: SectionCoverage; warnings: CoverageWarning[]; key: string };

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

export function evidenceLine(c: SectionCoverage): string {
  const dates = c.oldestSource ? (c.oldestSource === c.newestSource ? c.oldestSource : `${c.oldestSource} – ${c.newestSource}`) : '无日期 · undated';
  const shared = c.sharedQuotes === null ? '' : ` · ${c.sharedQuotes} 条亦见于其他主题 · shared with other topics`;
  return (
    `${c.quotes} 条原话 · quotes,${c.paraphrases} 条转述 · paraphrases,${c.notes} 条编者按 · notes;` +
    `${c.speakers} 位讲者 · speakers,${c.interviews} 篇访谈 · interviews(${c.shows} 个节目 · shows);` +
    `${dates};已核对 · verified ${c.verifiedQuotes}/${c.quotes}(${percent(c.verifiedShare)})${shared}`
  );
}

export function EvidenceNote({ evidence }: { evidence: SectionEvidence | undefined }) {
  if (!evidence) return null;
  const { coverage, warnings } = evidence;
  return (
    <div className="mt-2 text-xs" data-evidence={coverage.id}>
      <p className="text-stone-600 dark:text-stone-400">
        <span className="font-medium">证据 · Evidence: </span>
        {evidenceLine(coverage)}
      </p>
      {warnings.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-amber-800 dark:text-amber-300" aria-label={`${coverage.name} 的证据提醒 · Evidence warnings for ${coverage.name}`}>
          {warnings.map((warning) => (
            <li key={`${warning.rule}:${warning.message}`}>{warning.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
