import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { CONFIDENCE_LEVELS, type EditorView } from '@/lib/topics/document';
import { CONFIDENCE_LABELS } from '@/lib/topics/confidence';
import { LightMarkdown } from '@/components/ui/light-markdown';
import { EmptyNote, Section } from './section';

function ConfidenceScale({ level, language }: { level: EditorView['confidence']; language: 'zh' | 'en' }) {
  const t = useTranslations('Topic');
  return (
    <ol className="mt-2 flex gap-1" aria-label={t('confidenceScale', { level: CONFIDENCE_LABELS[level][language] })}>
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
          {CONFIDENCE_LABELS[step][language]}
        </li>
      ))}
    </ol>
  );
}

/**
 * A labelled paragraph. Imported text often opens with the page's own Chinese label
 * (最强的支撑:…), so the label is not repeated then, whatever the interface language.
 */
function LabelledText({ label, pageLabel, text, className }: { label: string; pageLabel: string; text: string; className: string }) {
  if (!text) return null;
  return (
    <p className={`${className} leading-relaxed`}>
      {!text.startsWith(pageLabel) && <strong>{label}: </strong>}
      <LightMarkdown source={text} />
    </p>
  );
}

/** 我的看法: the editor's judgment, set apart as opinion rather than fact. */
export function ViewSection({ view, history, historySlug }: { view: EditorView | null; history?: ReactNode; historySlug?: string }) {
  const t = useTranslations('Topic');
  const th = useTranslations('History');
  const language = useLocale() === 'en' ? 'en' : 'zh';
  return (
    <Section id="view" title={t('view')}>
      {!view ? (
        <EmptyNote>{t('noView')}</EmptyNote>
      ) : (
        <div className="mt-4 rounded-lg border border-sky-200 bg-sky-50 p-5 dark:border-sky-900 dark:bg-sky-950/40">
          <p className="leading-relaxed">
            <strong>{t('judgement')}</strong>
            <LightMarkdown source={view.judgment} />
          </p>
          <div className="mt-4">
            <p>
              <strong>{t('confidence')}</strong>
              {CONFIDENCE_LABELS[view.confidence][language]}
            </p>
            <ConfidenceScale level={view.confidence} language={language} />
          </div>
          <LabelledText className="mt-4" label={t('strongestSupport')} pageLabel="最强的支撑" text={view.strongestSupport} />
          <LabelledText className="mt-2" label={t('weakestLink')} pageLabel="最弱的环节" text={view.weakestLink} />
        </div>
      )}
      {history}
      {historySlug && (
        <p className="mt-2 text-sm">
          <Link href={`/topics/${historySlug}/history`} prefetch={false} className="inline-block py-1 underline underline-offset-2">
            {th('allVersions')}
          </Link>
        </p>
      )}
    </Section>
  );
}
