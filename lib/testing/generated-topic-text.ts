// A topic page in the importer's plain-text form, generated for tests that need an import of a
// given size. Every quote, speaker and show carries `tag`, so a test can tell exactly which
// rows one import wrote (and that an import that did not commit wrote none).
export function generatedTopicText(tag: string, quotes: number): string {
  const lines = [`被杀掉的导入 ${tag} · Killed Import ${tag}`, '主流共识', '第一点:导入要么全写,要么不写', '一段话。', '分歧在哪', '阵营 A · “全有或全无”——测试'];
  for (let i = 0; i < quotes; i += 1) {
    lines.push(
      `"Quote ${tag} ${i} about atomic writes."`,
      `「${tag} 第 ${i} 条引语。」`,
      `— Speaker ${tag} ${i % 40} (Lab ${i % 7}) · Show ${tag} ${i % 9} · Episode ${i % 30}`,
    );
  }
  return lines.join('\n');
}
