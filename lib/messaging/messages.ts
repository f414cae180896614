// Typed messages from content scripts and pages to the background, validated on receipt:
// an invalid message is rejected with its reason and never stored.
import * as z from 'zod/mini';
import { LabelSchema } from '../model/label';
import { ListingSchema, PlatformSchema } from '../model/listing';
import { OutcomeMarkSchema, type OutcomeRecord } from '../connects/outcome';
import type { ConnectsContext } from '../connects/context';
import type { ListingTrend } from '../trends/trend-label';

export const PageInfoSchema = z.object({
  platform: PlatformSchema,
  kind: z.string().check(z.maxLength(80)),
  status: z.enum(['ok', 'empty', 'blocked', 'unsupported']),
  health: z.object({ found: z.int().check(z.gte(0)), parsed: z.int().check(z.gte(0)) }),
  url: z.string().check(z.maxLength(4096)),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

export const SeenMessageSchema = z.object({
  type: z.literal('seen'),
  /** Unique per batch: a batch resent after a lost acknowledgement is stored once. */
  batchId: z.string().check(z.minLength(8), z.maxLength(80)),
  page: PageInfoSchema,
  items: z
    .array(z.object({ listing: ListingSchema, label: z.nullable(LabelSchema) }))
    .check(z.maxLength(500)),
});
export type SeenMessage = z.infer<typeof SeenMessageSchema>;

export const PageMessageSchema = z.object({ type: z.literal('page'), page: PageInfoSchema });
export type PageMessage = z.infer<typeof PageMessageSchema>;

export const StarMessageSchema = z.object({
  type: z.literal('star'),
  platform: PlatformSchema,
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  saved: z.boolean(),
});
export type StarMessage = z.infer<typeof StarMessageSchema>;

/** The user marks a job applied / interviewed / hired / no reply (Connects ledger). */
export const OutcomeMessageSchema = z.object({ type: z.literal('outcome'), mark: OutcomeMarkSchema });
export type OutcomeMessage = z.infer<typeof OutcomeMessageSchema>;

export const OutcomeClearMessageSchema = z.object({
  type: z.literal('outcome-clear'),
  platform: PlatformSchema,
  id: z.string().check(z.minLength(1), z.maxLength(64)),
});
export type OutcomeClearMessage = z.infer<typeof OutcomeClearMessageSchema>;

/** The badge asks what the user's history says about a job: reposts, ghosts, own rate. */
export const ConnectsContextMessageSchema = z.object({
  type: z.literal('connects-context'),
  listing: ListingSchema,
  categoryId: z.nullable(z.string().check(z.maxLength(80))),
});
export type ConnectsContextMessage = z.infer<typeof ConnectsContextMessageSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  SeenMessageSchema,
  PageMessageSchema,
  StarMessageSchema,
  OutcomeMessageSchema,
  OutcomeClearMessageSchema,
  ConnectsContextMessageSchema,
]);
export type Message = z.infer<typeof MessageSchema>;

/** What the background learned about each stored listing, keyed `platform:id`. */
export interface ListingInsight {
  seenCount: number;
  firstSeenAt: number;
  saved: boolean;
  /** Rate trend of the listing (baseline, the user's history, percentile); absent from an
   *  older background. */
  trend?: ListingTrend | null;
}

export type Reply =
  | { ok: true; insights?: Record<string, ListingInsight>; connects?: ConnectsContext; outcome?: OutcomeRecord | null }
  | { ok: false; error: string; reason: 'invalid' | 'quota' | 'storage' };
