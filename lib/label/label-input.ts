// One line of the `label` command's input: a partial listing (title required), validated with
// classic zod (Node only) so a bad line is refused with a reason that names the field.
import { z } from 'zod';
import type { Labelable } from '../rules/engine';

const money = z.number().nonnegative().finite();

const PayInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hourly'), min: money.nullish(), max: money.nullish(), currency: z.string().max(8).default('USD') }),
  z.object({ type: z.literal('fixed'), amount: money, currency: z.string().max(8).default('USD') }),
  z.object({ type: z.literal('from'), amount: money, currency: z.string().max(8).default('USD') }),
]);

export const LabelInputSchema = z.object({
  title: z.string().trim().min(1, 'title is required').max(1000),
  description: z.string().max(100_000).nullish(),
  skills: z.array(z.string().max(200)).max(200).nullish(),
  pay: PayInput.nullish(),
  experience: z.enum(['entry', 'intermediate', 'expert']).nullish(),
  duration: z.string().max(200).nullish(),
  platform: z.enum(['upwork', 'fiverr']).nullish(),
  platformCategory: z.string().max(200).nullish(),
  platformSubcategory: z.string().max(200).nullish(),
});

export type LineResult = { ok: true; listing: Labelable } | { ok: false; error: string };

/** Reads one JSON line into what the engine labels; the error says what is wrong. */
export function parseLabelLine(line: string): LineResult {
  if (!line.trim()) return { ok: false, error: 'empty line' };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `not JSON (${(e as Error).message})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'not a JSON object' };
  const parsed = LabelInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, error: `${where}${issue.message}` };
  }
  const { pay, skills, ...rest } = parsed.data;
  return {
    ok: true,
    listing: {
      ...rest,
      skills: skills ?? [],
      pay: pay ? (pay.type === 'hourly' ? { ...pay, min: pay.min ?? null, max: pay.max ?? null } : pay) : null,
    },
  };
}
