// The listing contract: one shape for Upwork jobs and Fiverr gigs, shared by the parsers,
// the database, the messages, the `analyze`/`label` commands and the export format.
// zod/mini keeps the validator small enough for the content scripts' size budget.
import * as z from 'zod/mini';

/** Optional-in, null-out: parsers may omit a field the page does not show. */
const maybe = <T extends z.core.SomeType>(schema: T) => z._default(z.nullable(schema), null);

const text = (max: number) => z.string().check(z.maxLength(max));
const money = z.number().check(z.gte(0), z.lt(1e9));
const count = z.int().check(z.gte(0), z.lt(1e9));

export const PlatformSchema = z.enum(['upwork', 'fiverr']);
export type Platform = z.infer<typeof PlatformSchema>;

export const PaySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hourly'), min: maybe(money), max: maybe(money), currency: text(8) }),
  z.object({ type: z.literal('fixed'), amount: money, currency: text(8) }),
  z.object({ type: z.literal('from'), amount: money, currency: text(8) }),
]);
export type Pay = z.infer<typeof PaySchema>;

export const ExperienceSchema = z.enum(['entry', 'intermediate', 'expert']);
export type Experience = z.infer<typeof ExperienceSchema>;

export const SellerLevelSchema = z.enum(['new', 'level-1', 'level-2', 'top-rated', 'pro']);
export type SellerLevel = z.infer<typeof SellerLevelSchema>;

export const ClientSchema = z.object({
  paymentVerified: maybe(z.boolean()),
  rating: maybe(z.number().check(z.gte(0), z.lte(5))),
  reviews: maybe(count),
  totalSpent: maybe(money),
  country: maybe(text(120)),
  /** Percent, 0..100, as the page states it. */
  hireRate: maybe(z.number().check(z.gte(0), z.lte(100))),
  jobsPosted: maybe(count),
  openJobs: maybe(count),
  hires: maybe(count),
});
export type Client = z.infer<typeof ClientSchema>;

/** What the job page says about competition ("Activity on this job"). */
export const ActivitySchema = z.object({
  interviewing: maybe(count),
  invitesSent: maybe(count),
  unansweredInvites: maybe(count),
  lastViewedText: maybe(text(120)),
  hires: maybe(count),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const SellerSchema = z.object({
  /** The username in the profile URL. */
  name: text(120).check(z.minLength(1)),
  displayName: maybe(text(200)),
  level: maybe(SellerLevelSchema),
  rating: maybe(z.number().check(z.gte(0), z.lte(5))),
  reviews: maybe(count),
});
export type Seller = z.infer<typeof SellerSchema>;

export const PackageSchema = z.object({
  name: text(200),
  price: money,
  currency: text(8),
  deliveryDays: maybe(z.number().check(z.gte(0), z.lt(10000))),
  /** null when unlimited or not stated. */
  revisions: maybe(count),
});
export type Package = z.infer<typeof PackageSchema>;

export const ListingSchema = z.object({
  platform: PlatformSchema,
  /** Upwork: the job's `~0…` key from its URL; Fiverr: the gig id. */
  id: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[\w~.-]+$/)),
  url: z.url({ protocol: /^https$/ }).check(z.maxLength(2048)),
  title: text(1000).check(z.minLength(1)),
  description: maybe(text(100_000)),
  skills: z._default(z.array(text(200)).check(z.maxLength(200)), []),
  pay: maybe(PaySchema),
  experience: maybe(ExperienceSchema),
  duration: maybe(text(200)),
  /** Upwork weekly hours ("Less than 30 hrs/week"). */
  workload: maybe(text(200)),
  postedAt: maybe(z.iso.datetime({ offset: true })),
  postedText: maybe(text(200)),
  proposals: maybe(z.object({ min: count, max: z.nullable(count) })),
  connects: maybe(count),
  client: maybe(ClientSchema),
  activity: maybe(ActivitySchema),
  seller: maybe(SellerSchema),
  deliveryDays: maybe(z.number().check(z.gte(0), z.lt(10000))),
  promoted: maybe(z.boolean()),
  fiverrChoice: maybe(z.boolean()),
  pro: maybe(z.boolean()),
  packages: maybe(z.array(PackageSchema).check(z.maxLength(10))),
  platformCategory: maybe(text(200)),
  platformSubcategory: maybe(text(200)),
});

/** A complete, validated listing (every optional field present as null). */
export type Listing = z.infer<typeof ListingSchema>;
/** What a parser builds before validation: fields the page lacks may be left out. */
export type ListingInput = z.input<typeof ListingSchema>;

export const listingKey = (l: { platform: Platform; id: string }) => `${l.platform}:${l.id}`;
