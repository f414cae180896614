// The GigLens export file, version 1 (docs/export-format.md). Classic zod: exports and imports
// run in extension pages only, never in a content script.
import { z } from 'zod';
import { t } from '../i18n';
import { LabelSchema } from '../model/label';
import { ListingSchema } from '../model/listing';
import { PAY_METRICS } from '../trends/contribution';
import { BINS_PER_DECADE, BIN_COUNT, BIN_FLOOR } from '../trends/histogram';
import { weekFromDate } from '../trends/weeks';

export const EXPORT_FORMAT = 'giglens-export';
export const EXPORT_VERSION = 1;

const isoTime = z.iso.datetime();
const positive = z.int().positive();

/** A listing as exported: the contract fields, its label and when the user saw it. Unknown
 *  keys are refused rather than dropped, so an import never loses data silently. */
export const ExportListingSchema = z
  .object({
    ...ListingSchema.shape,
    label: z.nullable(LabelSchema),
    firstSeenAt: isoTime,
    lastSeenAt: isoTime,
    seenCount: positive,
    savedAt: isoTime.optional(),
  })
  .strict()
  .refine((l) => l.firstSeenAt <= l.lastSeenAt, { error: () => t('import_seen_order') });
export type ExportListing = z.infer<typeof ExportListingSchema>;

const HistogramSchema = z.record(
  z.string().refine((bin) => /^\d+$/.test(bin) && Number(bin) < BIN_COUNT, { error: () => t('import_not_bin') }),
  positive,
);

export const ExportAggregateSchema = z
  .object({
    origin: z.string().min(1).max(80),
    scope: z.string().min(1).max(300),
    /** Monday of the week (UTC), `YYYY-MM-DD`. */
    week: z.string().refine((d) => weekFromDate(d) !== null, { error: () => t('import_not_monday') }),
    seen: z.int().min(0),
    proposals: z.record(z.string().max(40), positive),
    pay: z.record(
      z.string().min(1).max(8),
      z.partialRecord(z.enum(PAY_METRICS), HistogramSchema),
    ),
  })
  .strict();
export type ExportAggregate = z.infer<typeof ExportAggregateSchema>;

/** The histogram layout, stated so a reader never mixes files with other bins. */
export const EXPORT_BINS = { floor: BIN_FLOOR, perDecade: BINS_PER_DECADE, count: BIN_COUNT } as const;

export const ExportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: isoTime,
    /** The exporting database's origin id (its `local` aggregates carry it). */
    origin: z.string().min(1).max(80),
    listings: z.array(ExportListingSchema),
    aggregates: z
      .object({
        bins: z.object({
          floor: z.literal(EXPORT_BINS.floor),
          perDecade: z.literal(EXPORT_BINS.perDecade),
          count: z.literal(EXPORT_BINS.count),
        }),
        records: z.array(ExportAggregateSchema),
      })
      .strict(),
  })
  .strict();
export type ExportFile = z.infer<typeof ExportFileSchema>;
