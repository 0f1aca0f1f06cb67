'use client';

import { memo } from 'react';
import { LIMITS, type Camp, type ConsensusPoint } from '@/lib/topics/document';
import { BlockList } from './block-list';
import { newId, useEditorActions } from './editor-context';
import { Field } from './field';
import { SpeakersPicker } from './ref-pickers';
import { SortableItem } from './sortable-item';

// Consensus points and camps: each a card with its own fields and its list of blocks.

const PointCard = memo(function PointCard({ point, index, count }: { point: ConsensusPoint; index: number; count: number }) {
  const { edit } = useEditorActions();
  return (
    <SortableItem group="point" list="consensus" id={point.id} index={index} count={count} label={`共识 · Point ${index + 1}`} className="rounded-lg border border-stone-300 bg-stone-50 p-3 dark:border-stone-700 dark:bg-stone-950">
      <Field label="共识陈述 · Statement" multiline rows={2} value={point.statement} onChange={(statement) => edit({ type: 'update', list: 'consensus', id: point.id, patch: { statement } })} issueKey={`${point.id}.statement`} maxLength={LIMITS.paragraph} />
      <BlockList parentId={point.id} blocks={point.blocks} />
    </SortableItem>
  );
});

const CampCard = memo(function CampCard({ camp, index, count }: { camp: Camp; index: number; count: number }) {
  const { edit } = useEditorActions();
  const set = (patch: Partial<Camp>) => edit({ type: 'update', list: 'camps', id: camp.id, patch });
  return (
    <SortableItem group="camp" list="camps" id={camp.id} index={index} count={count} label={`阵营 · Camp ${camp.label || index + 1}`} className="rounded-lg border border-stone-300 bg-stone-50 p-3 dark:border-stone-700 dark:bg-stone-950">
      <div className="grid grid-cols-[5rem_1fr] gap-2">
        <Field label="标号 · Label" value={camp.label} onChange={(label) => set({ label })} issueKey={`${camp.id}.label`} maxLength={8} />
        <Field label="立场 · Stance" value={camp.stance} onChange={(stance) => set({ stance })} issueKey={`${camp.id}.stance`} maxLength={LIMITS.title} />
      </div>
      <Field className="mt-2" label="持方(标题里怎么写) · Holders, as the heading names them" value={camp.holders} onChange={(holders) => set({ holders })} issueKey={`${camp.id}.holders`} maxLength={LIMITS.title} />
      <div className="mt-2">
        <SpeakersPicker label="成员 · Members" speakers={camp.members} onChange={(members) => set({ members })} />
      </div>
      <BlockList parentId={camp.id} blocks={camp.blocks} />
    </SortableItem>
  );
});

const nextLabel = (camps: Camp[]) => String.fromCharCode(65 + (camps.length % 26));

export function ConsensusEditor({ points }: { points: ConsensusPoint[] }) {
  const { edit } = useEditorActions();
  return (
    <section aria-labelledby="editor-consensus" className="space-y-3">
      <h2 id="editor-consensus" className="text-lg font-semibold">主流共识 · Consensus</h2>
      {points.map((point, index) => (
        <PointCard key={point.id} point={point} index={index} count={points.length} />
      ))}
      <button type="button" className="rounded border border-stone-400 px-3 py-1 text-sm" onClick={() => edit({ type: 'insert', list: 'consensus', index: points.length, item: { id: newId(), statement: '', blocks: [] } })}>
        + 共识 · Add consensus point
      </button>
    </section>
  );
}

export function CampsEditor({ camps }: { camps: Camp[] }) {
  const { edit } = useEditorActions();
  return (
    <section aria-labelledby="editor-camps" className="space-y-3">
      <h2 id="editor-camps" className="text-lg font-semibold">分歧阵营 · Camps</h2>
      {camps.map((camp, index) => (
        <CampCard key={camp.id} camp={camp} index={index} count={camps.length} />
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
}
