import type { ImportReport } from '@/lib/import/write-imported-topic';

const list = (items: string[]) => (items.length ? items.join('、') : '—');

/** What an import did (or, in a preview, would do): the same report the command line prints. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const c = report.counts;
  return (
    <div className="mt-4 space-y-3 text-sm" data-testid="import-report">
      <p>
        <strong>{report.slug}</strong> · {report.outcome === 'created' ? '新主题 · new topic' : '更新已有主题 · updates the existing topic'} ·{' '}
        {report.published ? '发布 · published' : '草稿 · draft'} · revision {report.revisionNumber}
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
      <p>已有讲者 · Speakers matched: {list(report.speakers.matched)}</p>
      <p>新建讲者 · Speakers created: {list(report.speakers.created)}</p>
      <p>已有访谈 · Interviews matched: {list(report.interviews.matched)}</p>
      <p>新建访谈 · Interviews created: {list(report.interviews.created)}</p>
      {report.placeholders.length > 0 && <p>占位主题 · Placeholder topics: {list(report.placeholders)}</p>}
      {(report.unattributedQuotes.length > 0 || report.warnings.length > 0) && (
        <ul className="list-disc space-y-1 pl-5 text-amber-800 dark:text-amber-300" aria-label="提醒 · Warnings">
          {report.unattributedQuotes.map((quote) => (
            <li key={`q${quote.line}`}>第 {quote.line} 行:引语没有讲者,已标记 · quote without a speaker, flagged: “{quote.text}…”</li>
          ))}
          {report.warnings.map((warning, index) => (
            <li key={`w${index}`}>
              {warning.line > 0 && <>第 {warning.line} 行 · line {warning.line}: </>}
              {warning.message}
            </li>
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
