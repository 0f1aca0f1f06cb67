// Every complaint the topic document schema can make, in both interface languages. The schema
// attaches this map to each of its parts, so whoever reads its errors (the editor beside a
// field, the importer's report, a refused save) gets "中文 · English" and never Zod's English.
// No server-only: the editor validates in the browser with the same words.
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue | z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: '文字 · text',
  number: '数字 · a number',
  boolean: '是或否 · true or false',
  array: '列表 · a list',
  object: '对象 · an object',
  null: '空 · null',
};

export function documentMessage(issue: Issue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'array'
        ? `最多 ${String(issue.maximum)} 项 · At most ${String(issue.maximum)} items`
        : issue.origin === 'number' || issue.origin === 'int'
          ? `不能大于 ${String(issue.maximum)} · At most ${String(issue.maximum)}`
          : `最多 ${String(issue.maximum)} 个字符 · At most ${String(issue.maximum)} characters`;
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int') return `不能小于 ${String(issue.minimum)} · At least ${String(issue.minimum)}`;
      if (issue.origin === 'array') return `至少 ${String(issue.minimum)} 项 · At least ${String(issue.minimum)} items`;
      return Number(issue.minimum) <= 1 ? '必填 · Required' : `至少 ${String(issue.minimum)} 个字符 · At least ${String(issue.minimum)} characters`;
    case 'invalid_format':
      if (issue.format === 'url') return '请输入 http(s) 链接 · Enter an http(s) link';
      if (issue.format === 'regex') return '只能用小写字母、数字和连字符 · Lower-case letters, digits and hyphens only';
      if (issue.format === 'date') return '日期应写作 YYYY-MM-DD · A date is written YYYY-MM-DD';
      return '格式不正确 · Not in the expected format';
    case 'invalid_type': {
      const expected = TYPE_NAMES[String(issue.expected)];
      if (issue.input === undefined) return '缺少这一项 · This is missing';
      return expected ? `应为${expected.split(' · ')[0]} · Expected ${expected.split(' · ')[1]}` : '类型不对 · Not the expected type';
    }
    case 'invalid_value':
      return `只能是 ${issue.values.map(String).join(' / ')} · Must be one of ${issue.values.map(String).join(' / ')}`;
    case 'invalid_union':
      return '不是已知的块类型 · Not a known kind of block';
    case 'unrecognized_keys':
      return `多余的字段 ${issue.keys.join(', ')} · Unknown fields ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数 · Must be a multiple of ${String(issue.divisor)}`;
    case 'custom':
      // Custom checks in the schema carry their own bilingual message.
      return issue.message ?? '无效 · Not valid';
    default:
      return '无效 · Not valid';
  }
}

/** For a schema's `error` option: Zod asks it for the message of each issue the schema raises. */
export const documentError = (issue: z.core.$ZodRawIssue) => documentMessage(issue);
