// The settings file the dashboard exports and imports (docs/settings-file.md): every setting,
// filters included, under a marker and a version. A file is taken whole or refused whole with
// every reason, so an import never half-applies; fields a file leaves out get their defaults.
import * as z from 'zod/mini';
import { t } from '../i18n';
import { zodWords } from '../i18n/zod-words';
import { CustomRulesSchema } from '../rules/custom-rule-schema';
import { SettingsSchema, type Settings } from './settings-schema';

export const SETTINGS_FILE_VERSION = 1;

const SettingsFileSchema = z.strictObject({
  giglens: z.literal('settings', { error: () => t('settings_file_foreign') }),
  version: z.literal(SETTINGS_FILE_VERSION, { error: () => t('file_unsupported_version', { version: SETTINGS_FILE_VERSION }) }),
  settings: z.strictObject({ ...SettingsSchema.shape }),
});

export type SettingsImport = { ok: true; settings: Settings } | { ok: false; reasons: string[] };

const where = (path: readonly PropertyKey[]) => (path.length ? `${path.map(String).join('.')}: ` : '');

export function importSettingsFile(text: string): SettingsImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reasons: [t('file_not_json', { error: (e as Error).message })] };
  }
  const parsed = SettingsFileSchema.safeParse(raw, { error: zodWords });
  if (!parsed.success) return { ok: false, reasons: parsed.error.issues.map((i) => `${where(i.path)}${i.message}`) };
  // Custom keyword rules have their own, wordier validator (the rules engine's).
  const rules = CustomRulesSchema.safeParse(parsed.data.settings.customRules, { error: zodWords });
  if (!rules.success) return { ok: false, reasons: rules.error.issues.map((i) => `settings.customRules.${where(i.path)}${i.message}`) };
  return { ok: true, settings: parsed.data.settings };
}

export function exportSettingsFile(settings: Settings): string {
  return `${JSON.stringify({ giglens: 'settings', version: SETTINGS_FILE_VERSION, settings }, null, 2)}\n`;
}
