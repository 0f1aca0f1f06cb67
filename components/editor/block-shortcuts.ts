import type { Block } from '@/lib/topics/document';

/**
 * The editor's keyboard shortcuts. Alt+Shift with a letter's key position (event.code), so they
 * work on any keyboard layout and on macOS, where Option changes the character typed.
 */
export const ADD_BLOCK_KEYS: { code: string; kind: Block['kind']; keys: string }[] = [
  { code: 'KeyP', kind: 'paragraph', keys: 'Alt+Shift+P' },
  { code: 'KeyQ', kind: 'quote', keys: 'Alt+Shift+Q' },
  { code: 'KeyR', kind: 'paraphrase', keys: 'Alt+Shift+R' },
  { code: 'KeyN', kind: 'note', keys: 'Alt+Shift+N' },
];

export const MOVE_KEYS = { next: 'Alt+Shift+↓', previous: 'Alt+Shift+↑' } as const;
export const HELP_KEYS = 'Alt+Shift+H';
export const SAVE_KEYS = 'Ctrl/⌘+S';
