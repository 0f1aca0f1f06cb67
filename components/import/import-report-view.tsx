import type { ImportReport } from '@/lib/import/write-imported-topic';

const list = (items: string[]) => (items.length ? items.join('、') : '—');
const OUTCOME = {
  created: '新主题 · new topic',
  updated: '更新已有主题 · updates the existing topic',
  unchanged: '没有变化,不写入 · unchanged, nothing to write',
} as const;
const STATUS = { matched: '已有 · in the library', created: '新建 · new' } as const;

/** What an import did (or, in a preview, would do): the same report the command line prints. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const c = report.counts;
  return (
    <div className="mt-4 space-y-3 text-sm" data-testid="import-report">
      <p>
        <strong>{report.slug}</strong> · {OUTCOME[report.outcome]} · {report.published ? '发布 · published' : '草稿 · draft'} · revision {report.revisionNumber}
      </p>
      <ul className="grid grid-cols-2 gap-x-6 sm:grid-cols-3">
        <li>共识 · points: {c.consensusPoints}</li>
        <li>阵营 · camps: {c.camps}</li>
        <li>引语 · quotes: {c.quotes}</li>
        <li>转述 · paraphrases: {c.paraphrases}</li>
        <li>编者注 · notes: {c.notes}</li>
        <li>段落 · paragraphs: {c.paragraphs}</li>
        <li>都没说透的 · blind spots: {c.blindSpots}</li>
        <li>还想知道什么 · questions: {c.openQuestions}</li>
        <li>取材 · interviews: {c.sources}</li>
      </ul>
      <details>
        <summary>讲者 · Speakers ({report.people.length})</summary>
        <ul className="list-disc pl-5" aria-label="讲者 · Speakers">
          {report.people.map((person) => (
            <li key={person.name}>
              {person.name}
              {person.affiliation && ` (${person.affiliation})`} · {STATUS[person.status]}
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>访谈 · Interviews ({report.interviewList.length})</summary>
        <ul className="list-disc pl-5" aria-label="访谈 · Interviews">
          {report.interviewList.map((interview) => (
            <li key={interview.forms[0]}>
              {interview.show}
              {interview.episodeNumber && ` #${interview.episodeNumber}`}
              {interview.episodeTitle && ` · ${interview.episodeTitle}`}
              {interview.publishedOn && ` · ${interview.publishedOn}`} · {STATUS[interview.status]}
              {interview.forms.length > 1 && <> · 写法 · written as: {list(interview.forms)}</>}
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>引语 · Quotes ({report.quotes.length})</summary>
        <ul className="list-disc pl-5" aria-label="引语 · Quotes">
          {report.quotes.map((quote) => (
            <li key={quote.line}>
              第 {quote.line} 行 · line {quote.line}: {quote.speakers.join(' / ') || '—'}
              {quote.attribution === 'inferred' && ' (推断 · inferred)'}
              {quote.interview && ` · ${quote.interview}`} · “{quote.text}”
            </li>
          ))}
        </ul>
      </details>
      {report.placeholders.length > 0 && <p>占位主题 · Placeholder topics: {list(report.placeholders)}</p>}
      {report.inferredSpeakers.length > 0 && (
        <ul className="list-disc space-y-1 pl-5" aria-label="推断的讲者 · Inferred speakers">
          {report.inferredSpeakers.map((inference) => (
            <li key={inference.quoteLine}>
              第 {inference.quoteLine} 行:讲者由前文推断为 {inference.speakers.join(' / ')}(第 {inference.fromLine} 行),请在编辑器中确认 · speaker inferred from line {inference.fromLine}, to confirm in the editor: “{inference.fromText.slice(0, 80)}”
            </li>
          ))}
        </ul>
      )}
      {(report.unattributedQuotes.length > 0 || report.warnings.length > 0) && (
        <ul className="list-disc space-y-1 pl-5 text-amber-800 dark:text-amber-300" aria-label="提醒 · Warnings">
          {report.unattributedQuotes.map((quote) => (
            <li key={`q${quote.line}`}>
              第 {quote.line} 行:引语没有讲者,已标记 · quote without a speaker ({quote.reason}), flagged: “{quote.text}…”
            </li>
          ))}
          {report.warnings.map((warning, index) => (
            <li key={`w${index}`}>
              {warning.line > 0 && <>第 {warning.line} 行 · line {warning.line}: </>}
              {warning.message}
            </li>
          ))}
        </ul>
      )}
      {report.publishExceptions.length > 0 && (
        <ul className="list-disc space-y-1 pl-5" aria-label="发布例外 · Publish exceptions">
          {report.publishExceptions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {report.diff && (
        <div>
          <p>
            文字变化 · Text changes: +{report.diff.added} −{report.diff.removed}
          </p>
          <pre className="mt-1 max-h-80 overflow-auto rounded bg-stone-100 p-2 text-xs dark:bg-stone-900" aria-label="差异 · Diff">
            {report.diff.lines.map((line) => `${line.op} ${line.text}`).join('\n')}
          </pre>
        </div>
      )}
    </div>
  );
}
