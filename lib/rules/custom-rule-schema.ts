// Validation of the user's keyword rules, with messages the dashboard can show. Classic zod:
// this runs in the dashboard, not in the content scripts (they use custom-rule.ts). Messages are
// worded when an issue is raised, in the language active then.
import { z } from 'zod';
import { t } from '../i18n';
import type { CustomRule } from './custom-rule';

const says = (key: string) => ({ error: () => t(key) });

export const CustomRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, says('rule_id_form')),
    name: z.string().trim().min(1, says('rule_name_required')).max(80, says('rule_name_long')),
    words: z
      .array(
        z
          .string()
          .trim()
          .min(2, says('rule_phrase_short'))
          .max(80, says('rule_phrase_long'))
          .refine((w) => !w.includes('|'), says('rule_phrase_pipe'))
          .refine((w) => /[\p{L}\p{N}]/u.test(w), says('rule_phrase_letter')),
      )
      .min(1, says('rule_words_none'))
      .max(50, says('rule_words_many')),
    effect: z.number().int(says('rule_effect_whole')).min(-50, says('rule_effect_min')).max(50, says('rule_effect_max')),
    note: z.string().max(300, says('rule_note_long')).nullish(),
    enabled: z.boolean().optional(),
  })
  .strict() satisfies z.ZodType<CustomRule>;

export const CustomRulesSchema = z.array(CustomRuleSchema).max(200, says('rules_too_many')).superRefine((rules, ctx) => {
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: t('rule_id_twice', { id: r.id }) });
    seen.add(r.id);
  });
});
