// zod's own issues (wrong type, too small, unknown key …) in the active language, for the files
// a user imports (settings, rules, exports, datasets). Passed per parse (`safeParse(x, { error:
// zodWords })`), so a schema's own message, already worded with t(), still wins. Field paths and
// type names stay as the file writes them: they point into the JSON.
import type { $ZodErrorMap, $ZodRawIssue } from 'zod/v4/core';
import { t } from './index';

const TYPE_KEY: Record<string, string> = {
  number: 'zod_type_number',
  string: 'zod_type_string',
  boolean: 'zod_type_boolean',
  object: 'zod_type_object',
  array: 'zod_type_array',
};
const typeWords = (type: string) => (TYPE_KEY[type] ? t(TYPE_KEY[type]) : type);
const quoted = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(t('list_separator'));

/** What a too-small or too-big issue counts in: characters, items, or the value itself. */
function sizeIssue(issue: $ZodRawIssue, bound: 'minimum' | 'maximum'): string {
  const { origin, inclusive } = issue as unknown as { origin?: string; inclusive?: boolean };
  const limit = Number((issue as unknown as Record<string, unknown>)[bound]);
  const small = bound === 'minimum';
  if (origin === 'string') return t(small ? 'zod_too_short' : 'zod_too_long', { count: limit });
  if (origin === 'array' || origin === 'set') return t(small ? 'zod_too_few' : 'zod_too_many', { count: limit });
  const key = small ? (inclusive === false ? 'zod_too_small_over' : 'zod_too_small') : inclusive === false ? 'zod_too_big_under' : 'zod_too_big';
  return t(key, { limit });
}

export const zodWords: $ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return t(issue.input === undefined ? 'zod_missing' : 'zod_expected', { expected: typeWords(issue.expected) });
    case 'invalid_value':
      return issue.values.length === 1 ? t('zod_expected_value', { value: quoted(issue.values) }) : t('zod_one_of', { values: quoted(issue.values) });
    case 'too_small':
      return sizeIssue(issue, 'minimum');
    case 'too_big':
      return sizeIssue(issue, 'maximum');
    case 'invalid_format':
      return issue.format === 'regex' ? t('zod_pattern') : t('zod_format', { format: issue.format });
    case 'not_multiple_of':
      return t('zod_multiple_of', { divisor: Number(issue.divisor) });
    case 'unrecognized_keys':
      return t('zod_unknown_keys', { count: issue.keys.length, keys: quoted(issue.keys) });
    default:
      return t('zod_invalid');
  }
};
