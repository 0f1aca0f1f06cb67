'use client';

import { memo, useState } from 'react';
import { LIMITS, CONFIDENCE_LEVELS, type EditorView, type InterviewRef, type TopicDocument } from '@/lib/topics/document';
import { CONFIDENCE_LABELS } from '@/lib/topics/confidence';
import type { ListKey } from '@/lib/drafts/changeset';
import { newId, useEditorActions } from './editor-context';
import { Field } from './field';
import { InterviewPicker, TopicPicker, interviewText, topicText } from './ref-pickers';
import { SortableItem } from './sortable-item';

// The page's own fields (titles, address), its sources and sister topics, the changelog, the
// editor's view and the two plain lists (blind spots, open questions).

/**
 * The address is committed when the field is left (or Enter is pressed), not per keystroke:
 * otherwise every half-typed address would be saved, and for a published topic kept as a
 * redirect.
 */
function SlugField({ slug, published, onCommit }: { slug: string; published: boolean; onCommit: (slug: string) => void }) {
  const [value, setValue] = useState(slug);
  const [seen, setSeen] = useState(slug);
  if (slug !== seen) {
    // The draft's slug changed from elsewhere (a merge, a restore): show it.
    setSeen(slug);
    setValue(slug);
  }
  const commit = () => value !== slug && onCommit(value.trim());
  return (
    <div className="sm:col-span-2" onBlur={commit} onKeyDown={(event) => event.key === 'Enter' && commit()}>
      <Field
        label="网址名 · Address (slug)"
        value={value}
        onChange={setValue}
        issueKey="topic.slug"
        hint={published ? '离开输入框时保存;改名后旧网址会自动跳转 · Saved when you leave the field; the old address keeps redirecting.' : `离开输入框时保存;公开网址 /topics/${value || '…'} · Saved when you leave the field; public address /topics/${value || '…'}`}
      />
    </div>
  );
}

export const TitleEditor = memo(function TitleEditor({ titleZh, titleEn, slug, published }: Pick<TopicDocument, 'titleZh' | 'titleEn' | 'slug'> & { published: boolean }) {
  const { edit } = useEditorActions();
  const doc = { titleZh, titleEn, slug };
  return (
    <section aria-label="标题 · Titles" className="grid gap-2 sm:grid-cols-2">
      <Field label="中文标题 · Chinese title" value={doc.titleZh} onChange={(titleZh) => edit({ type: 'topic', patch: { titleZh } })} issueKey="topic.titleZh" maxLength={LIMITS.title} />
      <Field label="英文标题 · English title" value={doc.titleEn} onChange={(titleEn) => edit({ type: 'topic', patch: { titleEn } })} issueKey="topic.titleEn" maxLength={LIMITS.title} />
      <SlugField slug={doc.slug} published={published} onCommit={(next) => edit({ type: 'topic', patch: { slug: next } })} />
    </section>
  );
});

export const TextListEditor = memo(function TextListEditor({ list, title, items, addLabel }: { list: Extract<ListKey, 'blindSpots' | 'openQuestions'>; title: string; items: { id: string; text: string }[]; addLabel: string }) {
  const { edit } = useEditorActions();
  return (
    <section aria-label={title} className="space-y-2">
      <h2 className="text-lg font-semibold">{title}</h2>
      {items.map((item, index) => (
        <SortableItem key={item.id} group={list} list={list} id={item.id} index={index} count={items.length} label={`${title} ${index + 1}`}>
          <Field label={`${title} ${index + 1}`} multiline rows={2} value={item.text} onChange={(text) => edit({ type: 'update', list, id: item.id, patch: { text } })} issueKey={`${item.id}.text`} maxLength={LIMITS.paragraph} />
        </SortableItem>
      ))}
      <button type="button" className="rounded border border-stone-400 px-3 py-1 text-sm" onClick={() => edit({ type: 'insert', list, index: items.length, item: { id: newId(), text: '' } })}>
        + {addLabel}
      </button>
    </section>
  );
});

export const ChangelogEditor = memo(function ChangelogEditor({ entries }: { entries: TopicDocument['changelog'] }) {
  const { edit, removeWithUndo } = useEditorActions();
  return (
    <section aria-label="更新日志 · Changelog" className="space-y-2">
      <h2 className="text-lg font-semibold">更新日志 · Changelog</h2>
      <p className="text-xs text-stone-500">发布时会提议一条新记录 · Publishing proposes a new line.</p>
      {entries.map((entry, index) => (
        <div key={entry.id} className="grid grid-cols-[9rem_1fr_auto] items-end gap-2">
          <Field label="日期 · Date" value={entry.date} onChange={(date) => edit({ type: 'update', list: 'changelog', id: entry.id, patch: { date } })} issueKey={`${entry.id}.date`} />
          <Field label={`记录 · Entry ${index + 1}`} value={entry.text} onChange={(text) => edit({ type: 'update', list: 'changelog', id: entry.id, patch: { text } })} issueKey={`${entry.id}.text`} />
          <button type="button" className="mb-1 text-xs text-red-700 dark:text-red-400" aria-label={`删除 · Delete changelog entry ${index + 1}`} onClick={() => removeWithUndo({ type: 'remove', list: 'changelog', id: entry.id }, `更新日志 · Changelog entry ${index + 1}`)}>
            ✕
          </button>
        </div>
      ))}
      <button type="button" className="rounded border border-stone-400 px-3 py-1 text-sm" onClick={() => edit({ type: 'insert', list: 'changelog', index: 0, item: { id: newId(), date: new Date().toISOString().slice(0, 10), text: '' } })}>
        + 记录 · Add entry
      </button>
    </section>
  );
});

export const SourcesEditor = memo(function SourcesEditor({ sources, cited, sisterTopics, topicId }: Pick<TopicDocument, 'sources' | 'sisterTopics'> & { cited: InterviewRef[]; topicId: string }) {
  const { edit } = useEditorActions();
  // Every interview a quote or paraphrase cites is a source of the page (lib/topics/page-sources):
  // the list here orders the page's 取材 and adds interviews no quote cites.
  const citedIds = new Set(cited.map((interview) => interview.id));
  const citedOnly = cited.filter((interview) => !sources.some((s) => s.id === interview.id));
  return (
    <section aria-label="取材与姊妹主题 · Sources and sister topics" className="grid gap-4 sm:grid-cols-2">
      <div className="space-y-2">
        <h2 className="text-lg font-semibold">取材 · Sources</h2>
        {sources.map((source, index) => (
          <SortableItem key={source.id} group="sources" list="sources" id={source.id} index={index} count={sources.length} label={`访谈 · Interview ${index + 1}`}>
            <p className="text-sm">
              {interviewText(source)}
              {!citedIds.has(source.id) && <span className="ml-2 rounded bg-stone-200 px-1 text-xs dark:bg-stone-700">仅列出,无引语引用 · Listed only, no quote cites it</span>}
            </p>
          </SortableItem>
        ))}
        {citedOnly.length > 0 && (
          <div>
            <h3 className="text-sm font-medium">由引语引用,自动列入 · Cited by quotes, listed automatically</h3>
            <ul className="list-disc pl-5 text-sm" aria-label="由引语引用的访谈 · Interviews cited by quotes">
              {citedOnly.map((interview) => (
                <li key={interview.id}>{interviewText(interview)}</li>
              ))}
            </ul>
          </div>
        )}
        <InterviewPicker label="添加访谈 · Add an interview" interview={null} onChange={(interview) => interview && !sources.some((s) => s.id === interview.id) && edit({ type: 'insert', list: 'sources', index: sources.length, item: interview })} />
      </div>
      <div className="space-y-2">
        <h2 className="text-lg font-semibold">姊妹主题 · Sister topics</h2>
        {sisterTopics.map((topic, index) => (
          <SortableItem key={topic.id} group="sisterTopics" list="sisterTopics" id={topic.id} index={index} count={sisterTopics.length} label={`姊妹主题 · Sister topic ${index + 1}`}>
            <p className="text-sm">{topicText(topic)}</p>
          </SortableItem>
        ))}
        <TopicPicker label="添加姊妹主题 · Add a sister topic" exclude={[topicId, ...sisterTopics.map((t) => t.id)]} onPick={(topic) => edit({ type: 'insert', list: 'sisterTopics', index: sisterTopics.length, item: topic })} />
      </div>
    </section>
  );
});

const emptyView: EditorView = { judgment: '', confidence: 'MEDIUM', strongestSupport: '', weakestLink: '' };

export const ViewEditor = memo(function ViewEditor({ view }: { view: EditorView | null }) {
  const { edit } = useEditorActions();
  if (!view) {
    return (
      <section aria-label="我的看法 · My view">
        <h2 className="text-lg font-semibold">我的看法 · My view</h2>
        <button type="button" className="mt-2 rounded border border-stone-400 px-3 py-1 text-sm" onClick={() => edit({ type: 'view', view: emptyView })}>
          + 写下看法 · Add the editor’s view
        </button>
      </section>
    );
  }
  const set = (patch: Partial<EditorView>) => edit({ type: 'view', view: { ...view, ...patch } });
  return (
    <section aria-label="我的看法 · My view" className="space-y-2">
      <h2 className="text-lg font-semibold">我的看法 · My view</h2>
      <Field label="判断 · Judgment" multiline value={view.judgment} onChange={(judgment) => set({ judgment })} issueKey="topic.view.judgment" maxLength={LIMITS.paragraph} />
      <fieldset>
        <legend className="text-xs font-medium text-stone-600 dark:text-stone-300">把握程度 · Confidence</legend>
        <div className="mt-1 flex flex-wrap gap-1">
          {CONFIDENCE_LEVELS.map((level) => (
            <label key={level} className={`cursor-pointer rounded border px-2 py-1 text-xs ${view.confidence === level ? 'border-stone-800 bg-stone-800 text-white dark:border-stone-200 dark:bg-stone-200 dark:text-stone-900' : 'border-stone-300 dark:border-stone-600'}`}>
              <input type="radio" name="confidence" value={level} checked={view.confidence === level} onChange={() => set({ confidence: level })} className="sr-only" />
              {CONFIDENCE_LABELS[level].zh} · {CONFIDENCE_LABELS[level].en}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="最强支撑 · Strongest support" multiline rows={2} value={view.strongestSupport} onChange={(strongestSupport) => set({ strongestSupport })} issueKey="topic.view.strongestSupport" maxLength={LIMITS.paragraph} />
      <Field label="最弱一环 · Weakest link" multiline rows={2} value={view.weakestLink} onChange={(weakestLink) => set({ weakestLink })} issueKey="topic.view.weakestLink" maxLength={LIMITS.paragraph} />
      <button type="button" className="text-xs text-red-700 underline dark:text-red-400" onClick={() => edit({ type: 'view', view: null })}>
        删除看法 · Remove the view
      </button>
    </section>
  );
});
