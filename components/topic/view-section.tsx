import { CONFIDENCE_LEVELS, type EditorView } from '@/lib/topics/document';
import { CONFIDENCE_LABELS } from '@/lib/topics/confidence';
import { LightMarkdown } from '@/components/ui/light-markdown';
import { EmptyNote, Section } from './section';

function ConfidenceScale({ level }: { level: EditorView['confidence'] }) {
  const label = CONFIDENCE_LABELS[level];
  return (
    <ol className="mt-2 flex gap-1" aria-label={`把握程度 ${label.zh} · Confidence ${label.en}`}>
      {CONFIDENCE_LEVELS.map((step) => (
        <li
          key={step}
          aria-current={step === level ? 'true' : undefined}
          className={`rounded px-2 py-0.5 text-xs ${
            step === level
              ? 'bg-stone-900 font-semibold text-white dark:bg-stone-100 dark:text-stone-900'
              : 'bg-stone-100 text-stone-700 dark:bg-stone-800 dark:text-stone-300'
          }`}
        >
          {CONFIDENCE_LABELS[step].zh}
        </li>
      ))}
    </ol>
  );
}

/** A labelled paragraph; imported text often opens with the label's own words, so it is not repeated. */
function LabelledText({ label, text, className }: { label: string; text: string; className: string }) {
  if (!text) return null;
  return (
    <p className={`${className} leading-relaxed`}>
      {!text.startsWith(label) && <strong>{label}:</strong>}
      <LightMarkdown source={text} />
    </p>
  );
}

/** 我的看法: the editor's judgment, set apart as opinion rather than fact. */
export function ViewSection({ view }: { view: EditorView | null }) {
  return (
    <Section id="view" title="我的看法" subtitle="Editor's view">
      {!view ? (
        <EmptyNote>编辑尚未给出判断 · The editor has not given a view yet.</EmptyNote>
      ) : (
        <div className="mt-4 rounded-lg border border-sky-200 bg-sky-50 p-5 dark:border-sky-900 dark:bg-sky-950/40">
          <p className="leading-relaxed">
            <strong>判断(不是事实):</strong>
            <LightMarkdown source={view.judgment} />
          </p>
          <div className="mt-4">
            <p>
              <strong>把握程度:</strong>
              {CONFIDENCE_LABELS[view.confidence].zh}。
            </p>
            <ConfidenceScale level={view.confidence} />
          </div>
          <LabelledText className="mt-4" label="最强的支撑" text={view.strongestSupport} />
          <LabelledText className="mt-2" label="最弱的环节" text={view.weakestLink} />
        </div>
      )}
    </Section>
  );
}
