// Filter rules: what the user would never bid on, set once per site. Each rule is data (a
// kind, its threshold, on or off, and what it does to a matching tile: fade or fold), stored
// in the versioned settings and exported and imported with them (docs/settings-file.md).
import * as z from 'zod/mini';

export const FILTER_ACTIONS = ['fade', 'fold'] as const;
export const FilterActionSchema = z.enum(FILTER_ACTIONS);
export type FilterAction = z.infer<typeof FilterActionSchema>;

const base = { on: z._default(z.boolean(), false), action: z._default(FilterActionSchema, 'fade') };
const amount = z.number().check(z.gte(0), z.lt(1e7));
const words = z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(200));

export const FilterRuleSchema = z.discriminatedUnion('kind', [
  /** AI-substitution risk at or above a band. */
  z.object({ kind: z.literal('risk'), ...base, level: z._default(z.enum(['medium', 'high', 'very-high']), 'very-high') }),
  /** Upwork: the Connects advisor says "Skip". */
  z.object({ kind: z.literal('verdict-skip'), ...base }),
  /** Upwork: client quality (0–100) below a score. */
  z.object({ kind: z.literal('client-quality'), ...base, below: z._default(z.int().check(z.gte(1), z.lte(100)), 50) }),
  /** Upwork: the client's payment method is not verified. */
  z.object({ kind: z.literal('payment-unverified'), ...base }),
  /** Hourly rate (the top of the range) below an amount in the user's home currency. */
  z.object({ kind: z.literal('hourly-below'), ...base, amount: z._default(amount, 15) }),
  /** Fixed budget (Upwork) or starting price (Fiverr) below an amount in the home currency. */
  z.object({ kind: z.literal('budget-below'), ...base, amount: z._default(amount, 50) }),
  /** Upwork: proposals at or above a tier (5, 10, 15, 20, 50). */
  z.object({ kind: z.literal('proposals'), ...base, atLeast: z._default(z.int().check(z.gte(1), z.lte(50)), 20) }),
  /** Categories muted by the user (GigLens category ids). */
  z.object({ kind: z.literal('categories'), ...base, ids: z._default(words, []) }),
  /** Keywords muted by the user: a whole-word match in title, skills or description. */
  z.object({ kind: z.literal('keywords'), ...base, words: z._default(words, []) }),
  /** Fiverr: seller level below a level. */
  z.object({ kind: z.literal('seller-level'), ...base, below: z._default(z.enum(['level-1', 'level-2', 'top-rated']), 'level-1') }),
  /** Fiverr: seller rating below a figure. */
  z.object({ kind: z.literal('rating-below'), ...base, below: z._default(z.number().check(z.gte(0), z.lte(5)), 4.5) }),
]);
export type FilterRule = z.infer<typeof FilterRuleSchema>;
export type FilterKind = FilterRule['kind'];

/** The rules each site offers, in the order the settings show them. */
export const SITE_FILTER_KINDS = {
  upwork: ['risk', 'verdict-skip', 'client-quality', 'payment-unverified', 'hourly-below', 'budget-below', 'proposals', 'categories', 'keywords'],
  fiverr: ['risk', 'seller-level', 'rating-below', 'budget-below', 'categories', 'keywords'],
} as const satisfies Record<string, readonly FilterKind[]>;

const defaults = (kinds: readonly FilterKind[]): FilterRule[] => kinds.map((kind) => FilterRuleSchema.parse({ kind }));

/** Only one rule of each kind is kept (the first): the settings show one row per kind. */
const SiteRulesSchema = z.pipe(
  z.array(FilterRuleSchema).check(z.maxLength(40)),
  z.transform((rules: FilterRule[]) => rules.filter((r, n) => rules.findIndex((o) => o.kind === r.kind) === n)),
);

export const FiltersSchema = z.object({
  /** The master switch: off restores every tile. */
  enabled: z._default(z.boolean(), true),
  upwork: z._default(SiteRulesSchema, defaults(SITE_FILTER_KINDS.upwork)),
  fiverr: z._default(SiteRulesSchema, defaults(SITE_FILTER_KINDS.fiverr)),
});
export type Filters = z.infer<typeof FiltersSchema>;

/** A site's rules with every kind it offers present (missing kinds get their defaults, off). */
export function siteRules(filters: Filters, platform: 'upwork' | 'fiverr'): FilterRule[] {
  const given = filters[platform];
  return SITE_FILTER_KINDS[platform].map((kind) => given.find((r) => r.kind === kind) ?? FilterRuleSchema.parse({ kind }));
}
