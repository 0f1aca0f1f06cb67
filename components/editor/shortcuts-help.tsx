import { BLOCK_LABELS } from './block-labels';
import { ADD_BLOCK_KEYS, HELP_KEYS, MOVE_KEYS, SAVE_KEYS } from './block-shortcuts';

/** The list of the editor's keyboard shortcuts, opened from the bar or with Alt+Shift+H. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const rows: [string, string][] = [
    ...ADD_BLOCK_KEYS.map(({ keys, kind }): [string, string] => [keys, `在下方加一块${BLOCK_LABELS[kind]} · Add ${BLOCK_LABELS[kind].split(' · ')[1]!.toLowerCase()} below`]),
    [MOVE_KEYS.next, '到下一块 · Go to the next block'],
    [MOVE_KEYS.previous, '到上一块 · Go to the previous block'],
    [SAVE_KEYS, '立即保存 · Save now'],
    [HELP_KEYS, '打开或关闭这个列表 · Open or close this list'],
  ];
  return (
    <section aria-labelledby="shortcuts-heading" className="mt-3 rounded border border-stone-300 bg-white p-3 text-sm dark:border-stone-700 dark:bg-stone-900">
      <div className="flex items-center justify-between gap-2">
        <h2 id="shortcuts-heading" className="font-semibold">键盘快捷键 · Keyboard shortcuts</h2>
        <button type="button" onClick={onClose} className="rounded border border-stone-400 px-2 py-0.5 text-xs">
          关闭 · Close
        </button>
      </div>
      <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
        “在下方”指光标所在的块之下;光标在阵营或共识标题里时加在末尾 · “Below” is under the block the cursor is in, or at the end of the camp or point whose heading it is in.
      </p>
      <table className="mt-2 w-full text-left">
        <thead>
          <tr>
            <th scope="col" className="pr-4 font-medium">按键 · Keys</th>
            <th scope="col" className="font-medium">作用 · Does</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, does]) => (
            <tr key={keys}>
              <td className="pr-4 align-top">
                <kbd className="whitespace-nowrap font-mono text-xs">{keys}</kbd>
              </td>
              <td>{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
