// What the user marks on a job they applied to, and the record kept of it. The schema
// validates the `outcome` message on receipt (lib/messaging/messages.ts) and the store.
import * as z from 'zod/mini';
import { PlatformSchema } from '../model/listing';

export const OUTCOME_STATUSES = ['applied', 'interviewed', 'hired', 'no-reply'] as const;
export const OutcomeStatusSchema = z.enum(OUTCOME_STATUSES);
export type OutcomeStatus = z.infer<typeof OutcomeStatusSchema>;

const usd = z.number().check(z.gte(0), z.lt(1e9));

/** What the badge sends when the user marks a job: enough to keep the ledger even when the
 *  listing is later pruned from the history. */
export const OutcomeMarkSchema = z.object({
  platform: PlatformSchema,
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  title: z.string().check(z.minLength(1), z.maxLength(1000)),
  url: z.string().check(z.maxLength(2048)),
  categoryId: z.nullable(z.string().check(z.maxLength(80))),
  categoryName: z.nullable(z.string().check(z.maxLength(200))),
  status: OutcomeStatusSchema,
  /** Connects spent on the proposal, boosts included; null when the user does not know. */
  connects: z.nullable(z.int().check(z.gte(0), z.lte(1000))),
  /** The user's price of a Connect when they applied. */
  priceUsd: usd,
  /** The likely contract value the advisor estimated, for "what it bought". */
  valueUsd: z.nullable(usd),
});
export type OutcomeMark = z.infer<typeof OutcomeMarkSchema>;

export interface OutcomeStep {
  status: OutcomeStatus;
  at: number;
}

/** One application as stored in the `outcomes` store, keyed [platform, id]. */
export interface OutcomeRecord extends OutcomeMark {
  appliedAt: number;
  updatedAt: number;
  /** Every status the user set, oldest first. */
  steps: OutcomeStep[];
}

/** A new mark applied to the record kept so far: the first mark dates the application. */
export function applyMark(old: OutcomeRecord | undefined, mark: OutcomeMark, now: number): OutcomeRecord {
  const steps = old?.steps ?? [];
  const changed = steps.at(-1)?.status !== mark.status;
  return {
    ...mark,
    connects: mark.connects ?? old?.connects ?? null,
    valueUsd: mark.valueUsd ?? old?.valueUsd ?? null,
    priceUsd: old?.priceUsd ?? mark.priceUsd,
    appliedAt: old?.appliedAt ?? now,
    updatedAt: now,
    steps: changed ? [...steps, { status: mark.status, at: now }] : steps,
  };
}
