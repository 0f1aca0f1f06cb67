import type { ImportReport } from './import-report';

const OUTCOME = { created: 'Created', updated: 'Updated', unchanged: 'Unchanged:' } as const;

/** The import report as the command line prints it: every speaker, interview, quote and warning. */
export function describeReport(report: ImportReport): string {
  const c = report.counts;
  const state = report.outcome === 'unchanged' ? 'the topic already holds this document; nothing was written' : report.published ? 'published' : 'draft';
  const lines = [
    `${OUTCOME[report.outcome]} ${report.slug} (revision ${report.revisionNumber}, ${state}).`,
    `  ${c.consensusPoints} consensus points, ${c.camps} camps, ${c.quotes} quotes (${report.reusedQuotes} reused), ${c.paraphrases} paraphrases, ${c.notes} notes, ${c.paragraphs} paragraphs`,
    `  ${c.blindSpots} blind spots, ${c.openQuestions} open questions, ${c.sources} interviews, ${c.changelog} changelog lines`,
    `  speakers (${report.people.length}):`,
    ...report.people.map((p) => `    ${p.name}${p.affiliation ? ` (${p.affiliation})` : ''} — ${p.status}`),
    `  interviews (${report.interviewList.length}):`,
    ...report.interviewList.map(
      (i) =>
        `    ${i.show}${i.episodeNumber ? ` #${i.episodeNumber}` : ''}${i.episodeTitle ? ` · ${i.episodeTitle}` : ''}${i.publishedOn ? ` · ${i.publishedOn}` : ''} — ${i.status}${i.forms.length > 1 ? `; written as ${i.forms.map((f) => `"${f}"`).join(', ')}` : ''}`,
    ),
    `  quotes (${report.quotes.length}):`,
    ...report.quotes.map((q) => `    line ${q.line}: ${q.speakers.join(' / ') || '—'}${q.attribution === 'inferred' ? ' (inferred)' : ''}${q.interview ? ` · ${q.interview}` : ''} — "${q.text}"`),
  ];
  if (report.placeholders.length) lines.push(`  placeholder topics created for: ${report.placeholders.join(', ')}`);
  for (const inference of report.inferredSpeakers) {
    lines.push(`  line ${inference.quoteLine}: speaker inferred, to confirm: ${inference.speakers.join(' / ')}, named on line ${inference.fromLine}: "${inference.fromText.slice(0, 80)}"`);
  }
  for (const quote of report.unattributedQuotes) lines.push(`  line ${quote.line}: quote without a speaker (${quote.reason}), flagged: "${quote.text}…"`);
  for (const warning of report.warnings) lines.push(`  ${warning.line ? `line ${warning.line}: ` : ''}${warning.message}`);
  for (const exception of report.publishExceptions) lines.push(`  ${exception}`);
  lines.push(`  ${report.warnings.length + report.unattributedQuotes.length} warnings, ${report.inferredSpeakers.length} inferred speakers to confirm`);
  if (report.diff) {
    lines.push(`  text changes: +${report.diff.added} −${report.diff.removed} lines`);
    for (const line of report.diff.lines.slice(0, 40)) lines.push(`    ${line.op} ${line.text}`);
    if (report.diff.lines.length > 40) lines.push(`    … ${report.diff.lines.length - 40} more`);
  }
  return lines.join('\n');
}
