// Import and export of the user's rule settings as a JSON file. A file is taken whole or
// refused whole, with every reason, so nothing half-imports.
import { z } from 'zod';
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
    giglens: z.literal('rules', { error: 'not a GigLens rules file (missing "giglens": "rules")' }),
    version: z.literal(RULES_FILE_VERSION, { error: `unsupported version (this GigLens reads version ${RULES_FILE_VERSION})` }),
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
    return { ok: false, reasons: [`the file is not valid JSON (${(e as Error).message})`] };
  }
  const parsed = RulesFileSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, reasons: parsed.error.issues.map((i) => `${where(i.path)}${i.message.replace(/^\w+: /, '')}`) };
  }
  const known = new Set(ruleCatalog().map((r) => r.id));
  const unknown = parsed.data.disabledRules.filter((id) => !known.has(id));
  if (unknown.length) return { ok: false, reasons: unknown.map((id) => `disabledRules: no rule is called "${id}"`) };
  return { ok: true, settings: { disabledRules: [...new Set(parsed.data.disabledRules)], customRules: parsed.data.customRules } };
}

export function exportRulesFile(settings: RuleSettings): string {
  const file = { giglens: 'rules', version: RULES_FILE_VERSION, ...settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}
