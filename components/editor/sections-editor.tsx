'use client';

import { memo, useContext, useState } from 'react';
import { isLabelPinned, positionLabel, unpinLabel } from '@/lib/topics/camp-labels';
import { LIMITS, type Camp, type ConsensusPoint } from '@/lib/topics/document';
import { BlockList } from './block-list';
import { EvidenceNote, type SectionEvidence } from './evidence-note';
import type { EvidenceBySection } from './use-section-evidence';
import { FieldIssuesContext, newId, useEditorActions } from './editor-context';
import { Field } from './field';
import { SpeakersPicker } from './ref-pickers';
import { SortableItem } from './sortable-item';

// Consensus points and camps: each a card with its own fields and its list of blocks. On big
// topics sections start folded (their blocks are not rendered until opened), which keeps a
// 2,000-block topic quick to open and to type in; a section with a field to fix opens itself.

/** Topics with more blocks than this open with their sections folded. */
export const FOLD_ABOVE_BLOCKS = 300;

function useFold(blocks: { id: string }[], startFolded: boolean) {
  const [folded, setFolded] = useState(startFolded);
  const issues = useContext(FieldIssuesContext);
  const needsAttention = issues.size > 0 && blocks.some((block) => [...issues.keys()].some((key) => key.startsWith(`${block.id}.`)));
  return { folded: folded && !needsAttention, toggle: () => setFolded((f) => !f) };
}

function FoldButton({ folded, count, toggle }: { folded: boolean; count: number; toggle: () => void }) {
  return (
    <button type="button" onClick={toggle} aria-expanded={!folded} className="mt-2 text-xs underline underline-offset-2">
      {folded ? `展开 ${count} 块 · Show ${count} blocks` : `折叠 · Fold blocks`}
    </button>
  );
}

type CardProps = { index: number; count: number; startFolded: boolean; evidence: SectionEvidence | undefined };
/** Cards re-render when their section or place changes, or when their evidence says something new. */
const sameCard = <P extends CardProps>(a: P, b: P) =>
  (Object.keys(a) as (keyof P)[]).every((key) => (key === 'evidence' ? a.evidence?.key === b.evidence?.key : a[key] === b[key]));

const PointCard = memo(function PointCard({ point, index, count, startFolded, evidence }: CardProps & { point: ConsensusPoint }) {
  const { edit } = useEditorActions();
  const fold = useFold(point.blocks, startFolded);
  return (
    <SortableItem group="point" list="consensus" id={point.id} index={index} count={count} label={`共识 · Point ${index + 1}`} className="rounded-lg border border-stone-300 bg-stone-50 p-3 dark:border-stone-700 dark:bg-stone-950">
      <Field label="共识陈述 · Statement" multiline rows={2} value={point.statement} onChange={(statement) => edit({ type: 'update', list: 'consensus', id: point.id, patch: { statement } })} issueKey={`${point.id}.statement`} maxLength={LIMITS.paragraph} />
      <EvidenceNote evidence={evidence} />
      <FoldButton folded={fold.folded} count={point.blocks.length} toggle={fold.toggle} />
      {fold.folded ? null : <BlockList parentId={point.id} blocks={point.blocks} />}
    </SortableItem>
  );
}, sameCard);

const CampCard = memo(function CampCard({ camp, index, count, startFolded, evidence }: CardProps & { camp: Camp }) {
  const { edit } = useEditorActions();
  const fold = useFold(camp.blocks, startFolded);
  const set = (patch: Partial<Camp>) => edit({ type: 'update', list: 'camps', id: camp.id, patch });
  return (
    <SortableItem group="camp" list="camps" id={camp.id} index={index} count={count} label={`阵营 · Camp ${camp.label || index + 1}`} className="rounded-lg border border-stone-300 bg-stone-50 p-3 dark:border-stone-700 dark:bg-stone-950">
      <div className="grid grid-cols-[7rem_1fr] gap-2">
        <div>
          {/* Typing a label pins it; unpinned, the label is the camp's letter by position. */}
          <Field label="标号 · Label" value={camp.label} onChange={(label) => set({ label, labelPinned: true })} issueKey={`${camp.id}.label`} maxLength={8} />
          <label className="mt-1 flex items-center gap-1 text-xs text-stone-600 dark:text-stone-300">
            <input type="checkbox" checked={isLabelPinned(camp)} onChange={(event) => set(event.target.checked ? { labelPinned: true } : unpinLabel(camp, index))} />
            固定标号 · Keep this label
          </label>
        </div>
        <Field label="立场 · Stance" value={camp.stance} onChange={(stance) => set({ stance })} issueKey={`${camp.id}.stance`} maxLength={LIMITS.title} />
      </div>
      <Field className="mt-2" label="持方(标题里怎么写) · Holders, as the heading names them" value={camp.holders} onChange={(holders) => set({ holders })} issueKey={`${camp.id}.holders`} maxLength={LIMITS.title} />
      <div className="mt-2">
        <SpeakersPicker label="成员 · Members" speakers={camp.members} onChange={(members) => set({ members })} />
      </div>
      <EvidenceNote evidence={evidence} />
      <FoldButton folded={fold.folded} count={camp.blocks.length} toggle={fold.toggle} />
      {fold.folded ? null : <BlockList parentId={camp.id} blocks={camp.blocks} />}
    </SortableItem>
  );
}, sameCard);

const nextLabel = (camps: Camp[]) => positionLabel(camps.length);

export const ConsensusEditor = memo(function ConsensusEditor({ points, startFolded, evidence }: { points: ConsensusPoint[]; startFolded: boolean; evidence: EvidenceBySection }) {
  const { edit } = useEditorActions();
  return (
    <section aria-labelledby="editor-consensus" className="space-y-3">
      <h2 id="editor-consensus" className="text-lg font-semibold">主流共识 · Consensus</h2>
      {points.map((point, index) => (
        <PointCard key={point.id} point={point} index={index} count={points.length} startFolded={startFolded} evidence={evidence.get(point.id)} />
      ))}
      <button type="button" className="rounded border border-stone-400 px-3 py-1 text-sm" onClick={() => edit({ type: 'insert', list: 'consensus', index: points.length, item: { id: newId(), statement: '', blocks: [] } })}>
        + 共识 · Add consensus point
      </button>
    </section>
  );
});

export const CampsEditor = memo(function CampsEditor({ camps, startFolded, evidence }: { camps: Camp[]; startFolded: boolean; evidence: EvidenceBySection }) {
  const { edit } = useEditorActions();
  return (
    <section aria-labelledby="editor-camps" className="space-y-3">
      <h2 id="editor-camps" className="text-lg font-semibold">分歧阵营 · Camps</h2>
      {camps.map((camp, index) => (
        <CampCard key={camp.id} camp={camp} index={index} count={camps.length} startFolded={startFolded} evidence={evidence.get(camp.id)} />
      ))}
      <button
        type="button"
        disabled={camps.length >= LIMITS.camps}
        className="rounded border border-stone-400 px-3 py-1 text-sm disabled:opacity-40"
        onClick={() => edit({ type: 'insert', list: 'camps', index: camps.length, item: { id: newId(), label: nextLabel(camps), stance: '', holders: '', members: [], blocks: [] } })}
      >
        + 阵营 · Add camp
      </button>
      {camps.length >= LIMITS.camps && <p className="text-xs text-stone-500">最多 {LIMITS.camps} 个阵营 · At most {LIMITS.camps} camps.</p>}
    </section>
  );
});
