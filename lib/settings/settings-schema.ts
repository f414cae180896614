// The user's settings, validated at every read: a corrupt or foreign value is reported and
// replaced field by field with defaults, never silently wiping the rest.
import * as z from 'zod/mini';
import { FiltersSchema } from '../filters/filter-schema';
import { emptyProfile, ProfileSchema } from '../fit/profile-schema';

const SiteSwitchSchema = z.object({ enabled: z._default(z.boolean(), true) });

export const SettingsSchema = z.object({
  sites: z._default(
    z.object({
      upwork: z._default(SiteSwitchSchema, { enabled: true }),
      fiverr: z._default(SiteSwitchSchema, { enabled: true }),
    }),
    { upwork: { enabled: true }, fiverr: { enabled: true } },
  ),
  /** Fade high and very-high risk listings in the page. */
  dimHighRisk: z._default(z.boolean(), false),
  /** Fade or fold what the user would never bid on (lib/filters). */
  filters: z._default(FiltersSchema, FiltersSchema.parse({})),
  /** Display only: a currency the user types and its rate per US dollar; nothing is fetched. */
  homeCurrency: z._default(
    z.nullable(
      z.object({
        code: z.string().check(z.regex(/^[A-Z]{3}$/)),
        perUsd: z.number().check(z.gt(0), z.lt(1e7)),
      }),
    ),
    null,
  ),
  /** What one Connect costs the user, in USD (Upwork sells them at $0.15). */
  connectsPriceUsd: z._default(z.number().check(z.gte(0), z.lte(10)), 0.15),
  /** Raw listings kept before the oldest are pruned; aggregates are kept forever. */
  retentionCap: z._default(z.int().check(z.gte(1000), z.lte(5_000_000)), 100_000),
  disabledRules: z._default(z.array(z.string().check(z.maxLength(80))), []),
  /** User keyword rules; their schema lives with the rules engine (lib/rules). */
  customRules: z._default(z.array(z.unknown()), []),
  /** 'auto' follows the browser's language (lib/i18n/languages.ts). */
  language: z._default(z.enum(['auto', 'en', 'ur']), 'auto'),
  /** The user's skills, categories and rate, for fit and the pivot plan (lib/fit). */
  profile: z._default(ProfileSchema, emptyProfile),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Reads any stored value into valid settings, keeping every field that is still valid. */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const whole = SettingsSchema.safeParse(raw ?? {});
  if (whole.success) return { settings: whole.data, problems: [] };
  const problems: string[] = [];
  const merged: Record<string, unknown> = {};
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  for (const [key, field] of Object.entries(SettingsSchema.shape)) {
    const one = (field as z.ZodMiniType).safeParse(source[key]);
    if (one.success) merged[key] = one.data;
    else problems.push(`Setting "${key}" was invalid and is back to its default.`);
  }
  return { settings: SettingsSchema.parse(merged), problems };
}
