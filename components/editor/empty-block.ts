import type { Block } from '@/lib/topics/document';
import { newId } from './editor-context';

/** A new, empty block of one kind, as the add buttons and the keyboard shortcuts make it. */
export function emptyBlock(kind: Block['kind']): Block {
  const id = newId();
  switch (kind) {
    case 'quote':
      return { id, kind, seeAlso: null, quote: { id: newId(), original: null, translation: null, speakers: [], interview: null } };
    case 'paraphrase':
      return { id, kind, text: '', reason: '', speaker: null, interview: null };
    default:
      return { id, kind, text: '' };
  }
}
