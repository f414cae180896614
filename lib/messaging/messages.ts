// Typed messages from content scripts and pages to the background, validated on receipt:
// an invalid message is rejected with its reason and never stored.
import * as z from 'zod/mini';
import { ListingSchema, PlatformSchema } from '../model/listing';
import { OUTCOME_STATUSES, OutcomeMarkSchema, type OutcomeRecord } from '../connects/outcome';
import type { PanelView, Pill } from '../model/view';
import { STATE_PART_CHARS } from './port-name';
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

/** What the page read of one listing element. Each item is validated on its own against the
 *  listing contract (after the state's fill): one garbled tile is refused, not its batch.
 *  A label sent along is ignored: the background labels what it stores itself. */
const ItemSchema = z.object({ listing: z.unknown() });
const ItemsSchema = z.array(ItemSchema).check(z.maxLength(500));
/** Embedded page state (Upwork's Nuxt scripts), sent with the page's first pass only. */
const StateSchema = z._default(z.array(z.string().check(z.maxLength(8_000_000))).check(z.maxLength(4)), []);

export const SeenMessageSchema = z.object({
  type: z.literal('seen'),
  /** Unique per batch: a batch resent after a lost acknowledgement is stored once. */
  batchId: z.string().check(z.minLength(8), z.maxLength(80)),
  page: PageInfoSchema,
  items: ItemsSchema,
  state: StateSchema,
  /** The page's embedded state came before on this port, in parts (`StatePartSchema`). */
  portState: z.optional(z.boolean()),
});
export type SeenMessage = z.input<typeof SeenMessageSchema>;

/** One part of one embedded-state text, posted on the page's port before the first batch
 *  that needs it; the parts of a text come in order and the last one says so. */
export const StatePartSchema = z.object({
  type: z.literal('state'),
  index: z.int().check(z.gte(0), z.lt(4)),
  part: z.string().check(z.maxLength(STATE_PART_CHARS)),
  last: z.boolean(),
});
export type StatePart = z.infer<typeof StatePartSchema>;

const KeySchema = z.object({ platform: PlatformSchema, id: z.string().check(z.minLength(1), z.maxLength(64)) });

/** The user's settings changed: pills again for listings the page shows (stored already). */
export const RelabelMessageSchema = z.object({
  type: z.literal('relabel'),
  page: PageInfoSchema,
  keys: z.array(KeySchema).check(z.maxLength(500)),
});
export type RelabelMessage = z.input<typeof RelabelMessageSchema>;

/** The user opened a badge's panel: its full contents, worded by the background from the
 *  stored listing. */
export const PanelMessageSchema = z.object({ type: z.literal('panel'), page: PageInfoSchema, key: KeySchema });
export type PanelMessage = z.input<typeof PanelMessageSchema>;

/** The user marked a job in the panel (applied … no reply), or cleared the mark (null). */
export const PanelOutcomeMessageSchema = z.object({
  type: z.literal('panel-outcome'),
  page: PageInfoSchema,
  key: KeySchema,
  status: z.nullable(z.enum(OUTCOME_STATUSES)),
  connects: z.nullable(z.int().check(z.gte(0), z.lte(999))),
});
export type PanelOutcomeMessage = z.input<typeof PanelOutcomeMessageSchema>;

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
  RelabelMessageSchema,
  PanelMessageSchema,
  PanelOutcomeMessageSchema,
  PageMessageSchema,
  StarMessageSchema,
  OutcomeMessageSchema,
  OutcomeClearMessageSchema,
  ConnectsContextMessageSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
/** What a sender may leave out (defaults are filled on receipt). */
export type MessageInput = z.input<typeof MessageSchema>;

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
  | {
      ok: true;
      insights?: Record<string, ListingInsight>;
      connects?: ConnectsContext;
      outcome?: OutcomeRecord | null;
      /** seen and relabel: one pill per item sent, in order; null where it was refused. */
      pills?: (Pill | null)[];
      /** panel and panel-outcome. */
      panel?: PanelView;
    }
  | { ok: false; error: string; reason: 'invalid' | 'quota' | 'storage' };

/** What the background posts back on a content script's port for one `seen` batch: the pills
 *  as soon as the batch is labelled, then the acknowledgement once it is stored (with the
 *  verdicts and stars that need the stored history). */
export type PortReply =
  | { type: 'pills'; batchId: string; pills: (Pill | null)[] }
  | { type: 'stored'; batchId: string; reply: Reply };
