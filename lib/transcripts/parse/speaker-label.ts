import { TRANSCRIPT_LIMITS } from './types';

// "Brad Lightcap: text" or "主持人：text". A label is short and looks like a name (up to four
// words, no sentence punctuation), so "Note: this" in running text is rarely taken for one and
// a URL ("https://…") never is. Bounded, non-overlapping character classes: no backtracking.
const LABEL = /^([^\s:：,，.。!?！？"“”()（）][^:：,，.。!?！？"“”()（）]{0,79})[:：]\s*(.*)$/s;

export function splitSpeakerLabel(line: string): { label: string | null; text: string } {
  const match = LABEL.exec(line);
  if (!match) return { label: null, text: line };
  const label = (match[1] ?? '').trim();
  const rest = match[2] ?? '';
  const words = label.split(/\s+/).length;
  if (words > 4 || label.length > TRANSCRIPT_LIMITS.label || /^\d+$/.test(label) || /^https?$/i.test(label) || rest.startsWith('//')) {
    return { label: null, text: line };
  }
  return { label, text: rest };
}
