import type { LabelSuggestion } from '@/lib/transcripts/speaker-labels';
import type { TranscriptSummary } from '@/lib/transcripts/queries';
import { SpeakerLabelForm } from './speaker-label-form';
import { TranscriptImportForm } from './transcript-import-form';
import { TranscriptVisibilityToggle } from './transcript-visibility-toggle';

// The interview page's transcript section: what is there, importing another, and the speakers.

type Props = { interviewId: string; spokenLanguage: string; transcripts: TranscriptSummary[]; labels: LabelSuggestion[] };

export function InterviewTranscripts({ interviewId, spokenLanguage, transcripts, labels }: Props) {
  return (
    <section className="mt-8" aria-labelledby="transcripts-heading">
      <h2 id="transcripts-heading" className="text-lg font-semibold">
        文字稿 · Transcripts
      </h2>
      {transcripts.length === 0 ? (
        <p className="text-sm text-stone-500">还没有文字稿 · No transcript yet.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {transcripts.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center gap-3">
              <span className="font-medium">
                {t.language} · {t.role === 'ORIGINAL' ? '原文 · original' : '译文 · translation'}
              </span>
              <span className="text-stone-500">
                {t.segmentCount} 段 segments · {t.wordCount} 词 words · {t.format} · {t.importedAt.slice(0, 10)}
              </span>
              <TranscriptVisibilityToggle transcriptId={t.id} isPublic={t.isPublic} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-stone-500">同一语言再导入会替换原稿,引语锚点会重新定位 · Importing the same language again replaces it; quote anchors are found again.</p>
      <TranscriptImportForm interviewId={interviewId} spokenLanguage={spokenLanguage} />
      <h3 className="mt-6 font-semibold">讲者标签 · Speaker labels</h3>
      {/* Keyed by the labels alone: a new import starts the choices afresh, while confirming keeps
          the form (and its message) in place when the page refreshes. */}
      <SpeakerLabelForm key={labels.map((l) => l.label).join('|')} interviewId={interviewId} labels={labels} />
    </section>
  );
}
