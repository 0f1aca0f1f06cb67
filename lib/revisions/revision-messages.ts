// The messages a draft save records (lib/drafts/apply-save.ts); the history groups autosaves by them.
export const AUTOSAVE_MESSAGE = '自动保存 · Autosaved';
export const SAVE_MESSAGE = '保存 · Saved';
