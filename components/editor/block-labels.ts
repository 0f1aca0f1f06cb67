import type { Block } from '@/lib/topics/document';

export const BLOCK_LABELS: Record<Block['kind'], string> = {
  paragraph: '段落 · Paragraph',
  quote: '引语 · Quote',
  paraphrase: '转述 · Paraphrase',
  note: '编者注 · Editor’s note',
};
