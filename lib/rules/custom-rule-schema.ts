// Validation of the user's keyword rules, with messages the dashboard can show. Classic zod:
// this runs in the dashboard, not in the content scripts (they use custom-rule.ts).
import { z } from 'zod';
import type { CustomRule } from './custom-rule';

export const CustomRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'id: use 1–48 lower-case letters, digits and dashes'),
    name: z.string().trim().min(1, 'name is required').max(80, 'name: at most 80 characters'),
    words: z
      .array(
        z
          .string()
          .trim()
          .min(2, 'each phrase needs at least 2 characters')
          .max(80, 'each phrase: at most 80 characters')
          .refine((w) => !w.includes('|'), 'a phrase may not contain "|"')
          .refine((w) => /[\p{L}\p{N}]/u.test(w), 'a phrase needs a letter or digit'),
      )
      .min(1, 'words: at least one phrase')
      .max(50, 'words: at most 50 phrases'),
    effect: z.number().int('effect: a whole number').min(-50, 'effect: at least -50').max(50, 'effect: at most 50'),
    note: z.string().max(300, 'note: at most 300 characters').nullish(),
    enabled: z.boolean().optional(),
  })
  .strict() satisfies z.ZodType<CustomRule>;

export const CustomRulesSchema = z.array(CustomRuleSchema).max(200, 'at most 200 rules').superRefine((rules, ctx) => {
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id "${r.id}" is used twice` });
    seen.add(r.id);
  });
});
