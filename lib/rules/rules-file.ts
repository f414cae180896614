// Import and export of the user's rule settings as a JSON file. A file is taken whole or
// refused whole, with every reason, so nothing half-imports.
import { z } from 'zod';
import { t } from '../i18n';
import { zodWords } from '../i18n/zod-words';
import { ruleCatalog } from './catalog';
import type { CustomRule } from './custom-rule';
import { CustomRulesSchema } from './custom-rule-schema';

export const RULES_FILE_VERSION = 1;

export interface RuleSettings {
  disabledRules: string[];
  customRules: CustomRule[];
}

const RulesFileSchema = z
  .object({
    giglens: z.literal('rules', { error: () => t('rules_file_foreign') }),
    version: z.literal(RULES_FILE_VERSION, { error: () => t('file_unsupported_version', { version: RULES_FILE_VERSION }) }),
    disabledRules: z.array(z.string()).default([]),
    customRules: CustomRulesSchema.default([]),
  })
  .strict();

export type ImportResult = { ok: true; settings: RuleSettings } | { ok: false; reasons: string[] };

const where = (path: PropertyKey[]) => (path.length ? `${path.map(String).join('.')}: ` : '');

export function importRulesFile(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reasons: [t('file_not_json', { error: (e as Error).message })] };
  }
  const parsed = RulesFileSchema.safeParse(raw, { error: zodWords });
  if (!parsed.success) {
    // The path already names the field: "customRules.0.effect: at most 50", not "…: effect: at most 50".
    return { ok: false, reasons: parsed.error.issues.map((i) => `${where(i.path)}${i.message.replace(/^[^\s:]+: /u, '')}`) };
  }
  const known = new Set(ruleCatalog().map((r) => r.id));
  const unknown = parsed.data.disabledRules.filter((id) => !known.has(id));
  if (unknown.length) return { ok: false, reasons: unknown.map((id) => `${where(['disabledRules'])}${t('rules_file_unknown_rule', { id })}`) };
  return { ok: true, settings: { disabledRules: [...new Set(parsed.data.disabledRules)], customRules: parsed.data.customRules } };
}

export function exportRulesFile(settings: RuleSettings): string {
  const file = { giglens: 'rules', version: RULES_FILE_VERSION, ...settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}
