'use client';

import { useId, useState, useTransition } from 'react';
import { pasteFragmentAction } from '@/app/(editor)/editor/topics/[id]/paste-actions';
import type { PasteResult } from '@/lib/paste/paste-fragment';
import type { Block } from '@/lib/topics/document';
import { BLOCK_LABELS } from './block-labels';

const EXAMPLE = `"We are not seeing diminishing returns."
「我们没有看到收益递减。」
— Jane Doe (Example Lab) · Some Podcast #12 · 2026-03-01`;

/** "Inserted 3 blocks: 2 quotes, 1 paraphrase", in both languages. */
function insertedSummary(blocks: Block[]) {
  const counts = new Map<Block['kind'], number>();
  for (const block of blocks) counts.set(block.kind, (counts.get(block.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) => `${count} ${BLOCK_LABELS[kind]}`);
  return `已插入 ${blocks.length} 块 · Inserted ${blocks.length} block${blocks.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/**
 * Paste text in the page's own format (quotes with their attribution lines, translations,
 * paraphrases, notes, paragraphs) into a point or camp: it becomes blocks at its end, with the
 * speakers and interviews found in the library or created there, and a report of what was made.
 */
export function PasteFragment({ onInsert }: { onInsert: (blocks: Block[]) => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<PasteResult | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldId = useId();

  const submit = () =>
    startTransition(async () => {
      setError(null);
      const state = await pasteFragmentAction({ text }).catch(() => null);
      if (state?.status !== 'success' || !state.result) {
        setError(state?.message ?? '粘贴失败,请重试 · The paste failed; try again.');
        return;
      }
      onInsert(state.result.blocks);
      setReport(state.result);
      setText('');
      setOpen(false);
    });

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        + 粘贴页面文字 · Paste page text
      </button>
      {open && (
        <div className="basis-full space-y-1 rounded border border-stone-300 p-2 dark:border-stone-700">
          <label htmlFor={fieldId} className="block font-medium">
            页面格式的文字 · Text in the page’s format
          </label>
          <p id={`${fieldId}-hint`} className="text-stone-600 dark:text-stone-400">
            引语、译文、“— 讲者 · 节目 #期数 · 日期”的署名行、转述、注、段落;讲者和访谈在库中查找,没有的就新建 · Quotes, translations, attribution lines, paraphrases, notes and paragraphs; speakers and interviews are found in the library or created.
          </p>
          <textarea
            id={fieldId}
            aria-describedby={`${fieldId}-hint${error ? ` ${fieldId}-error` : ''}`}
            aria-invalid={error ? true : undefined}
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={6}
            placeholder={EXAMPLE}
            className="w-full rounded border border-stone-300 p-1 font-mono text-sm dark:border-stone-600 dark:bg-stone-950"
          />
          {error && (
            <p id={`${fieldId}-error`} role="alert" className="text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
          <button type="button" onClick={submit} disabled={pending || text.trim() === ''} className="rounded border border-stone-500 px-2 py-0.5 disabled:opacity-50">
            {pending ? '正在读取… · Reading…' : '插入 · Insert'}
          </button>
        </div>
      )}
      {report && <PasteReport report={report} onClose={() => setReport(null)} />}
    </>
  );
}

function PasteReport({ report, onClose }: { report: PasteResult; onClose: () => void }) {
  const created = [...report.speakers.created.map((name) => `讲者 · speaker ${name}`), ...report.interviews.created.map((label) => `访谈 · interview ${label}`)];
  return (
    <div role="status" className="basis-full rounded border border-emerald-600 bg-emerald-50 p-2 text-stone-900 dark:bg-emerald-950 dark:text-stone-100">
      <p className="font-medium">{insertedSummary(report.blocks)}</p>
      {created.length > 0 && <p>新建 · Created: {created.join('; ')}</p>}
      {report.speakers.matched.length + report.interviews.matched.length > 0 && (
        <p>库中已有 · Found in the library: {[...report.speakers.matched, ...report.interviews.matched].join('; ')}</p>
      )}
      {report.inferred.map((inference) => (
        <p key={`i${inference.line}`}>
          第 {inference.line} 行的引语,讲者由上文推断为 {inference.speakers.join('、')},请确认 · The quote on line {inference.line} is attributed to {inference.speakers.join(', ')} from the text before it; confirm it.
        </p>
      ))}
      {report.unattributed.map((quote) => (
        <p key={`u${quote.line}`}>第 {quote.line} 行的引语没有讲者 · The quote on line {quote.line} has no speaker: “{quote.text}”</p>
      ))}
      {report.warnings.map((warning, index) => (
        <p key={`w${index}`}>
          {warning.line > 0 ? `第 ${warning.line} 行 · Line ${warning.line}: ` : ''}
          {warning.message}
        </p>
      ))}
      <button type="button" onClick={onClose} className="mt-1 underline underline-offset-2">
        知道了 · Dismiss
      </button>
    </div>
  );
}
