// The background's answers to a content script: a batch the page read is labelled (pills at
// once), then stored with trend and advice (`seen`); pills again when the user's settings
// change (`relabel`); a badge's panel when the user opens it (`panel`, `panel-outcome`). The
// page sends what it read; everything else happens here.
import { outcomeMark } from '../connects/outcome-mark';
import { clearOutcome, recordOutcome } from '../db/outcomes';
import type { GigLensDatabase } from '../db/open';
import { upsertBatch } from '../db/listings';
import { t } from '../i18n';
import { getListing, getListings } from '../db/listing-reads';
import { recordPageHealth } from '../db/page-health';
import type { Label } from '../model/label';
import { listingKey, type Listing } from '../model/listing';
import type { Pill } from '../model/view';
import type { ListingInsight, Message, Reply } from '../messaging/messages';
import { labelWith } from '../rules/engine';
import type { Settings } from '../settings/settings-schema';
import { trendsFor } from '../trends/listing-trends';
import { panelView } from '@/components/badge/panel/panel';
import { PANEL_CSS } from '@/components/badge/panel/panel-css';
import { completeItems } from './complete-items';
import { adviceFor, contextOrNull, fitIn, JOB_KINDS } from './page-advice';
import { filterFor, filteredAs } from './page-filter';
import { pillOf } from './pills';
import { compileProfile, type Fit } from '../fit/fit';

type Of<T extends Message['type']> = Extract<Message, { type: T }>;
export interface PageDeps {
  settings: () => Promise<Settings>;
  now: () => number;
}

export function labelOf(listing: Listing, settings: Pick<Settings, 'disabledRules' | 'customRules'>): Label | null {
  try {
    return labelWith(listing, { disabledRules: settings.disabledRules, customRules: settings.customRules });
  } catch (error) {
    console.warn('GigLens: could not label', listingKey(listing), error);
    return null;
  }
}

/** A `seen` batch, completed and labelled: what its pills need, before anything is stored. */
export interface LabelledBatch {
  listings: (Listing | null)[];
  items: { listing: Listing; label: Label | null }[];
  /** Each listing's fit to the user's profile, by listing key (null: unknown). */
  fits: Map<string, Fit | null>;
  pills: (Pill | null)[];
}

export function labelBatch(message: Of<'seen'>, settings: Settings): LabelledBatch {
  const listings = completeItems(message.page.platform, message.items, message.state);
  const items = listings.flatMap((listing) => (listing ? [{ listing, label: labelOf(listing, settings) }] : []));
  const labels = new Map(items.map((i) => [listingKey(i.listing), i.label]));
  const profile = compileProfile(settings.profile);
  const fits = new Map(items.map((i) => [listingKey(i.listing), fitIn(i.listing, profile)]));
  const pills = listings.map((l) => {
    if (!l) return null;
    const key = listingKey(l);
    const label = labels.get(key) ?? null;
    // Rules on the advice (verdict, client quality) wait for the stored reply.
    return pillOf(l, label, { filter: filterFor(l, label, null, settings), fit: fits.get(key) ?? null });
  });
  return { listings, items, fits, pills };
}

export async function storeBatch(db: GigLensDatabase, message: Of<'seen'>, batch: LabelledBatch, deps: PageDeps): Promise<Reply> {
  const now = deps.now();
  const settings = await deps.settings();
  const { items, listings, fits } = batch;
  const fitOfKey = (key: string) => fits.get(key) ?? null;
  const filtered = items.map((i) => ({ ...i, filtered: filteredAs(i.listing, i.label, fitOfKey(listingKey(i.listing)), settings, now) }));
  const result = await upsertBatch(db, message.batchId, filtered, now, settings.retentionCap);
  await recordPageHealth(db, { ...message.page, at: now });
  const trends = await trendsFor(db, result.stored, now);
  const withHistory = JOB_KINDS.has(message.page.kind);
  const insights: Record<string, ListingInsight> = {};
  const verdicts = new Map<string, ReturnType<typeof adviceFor>>();
  const byKey = new Map(items.map((i) => [listingKey(i.listing), i]));
  for (const s of result.stored) {
    const key = listingKey(s);
    const trend = trends.get(key) ?? null;
    insights[key] = { seenCount: s.seenCount, firstSeenAt: s.firstSeenAt, saved: s.savedAt !== undefined, trend };
    const item = byKey.get(key);
    if (!item) continue;
    const context = withHistory ? await contextOrNull(db, item.listing, item.label, now) : null;
    verdicts.set(key, adviceFor(item.listing, item.label, trend, context, fitOfKey(key), settings, now));
  }
  const pills = listings.map((l) => {
    if (!l) return null;
    const key = listingKey(l);
    const label = byKey.get(key)?.label ?? null;
    const advice = verdicts.get(key);
    const filter = filterFor(l, label, advice, settings);
    return pillOf(l, label, { verdict: advice?.verdict ?? null, saved: insights[key]?.saved ?? null, filter, fit: fitOfKey(key) });
  });
  return { ok: true, insights, pills };
}

export async function handleSeen(db: GigLensDatabase, message: Of<'seen'>, deps: PageDeps): Promise<Reply> {
  return storeBatch(db, message, labelBatch(message, await deps.settings()), deps);
}

export async function handleRelabel(db: GigLensDatabase, message: Of<'relabel'>, deps: PageDeps): Promise<Reply> {
  const settings = await deps.settings();
  const stored = await getListings(db, message.keys);
  const profile = compileProfile(settings.profile);
  const pills = stored.map((s) => {
    if (!s) return null;
    const label = labelOf(s, settings);
    const fit = fitIn(s, profile);
    const advice = adviceFor(s, label, null, null, fit, settings, deps.now());
    return pillOf(s, label, { verdict: advice?.verdict ?? null, saved: s.savedAt !== undefined, filter: filterFor(s, label, advice, settings), fit });
  });
  return { ok: true, pills };
}

export async function handlePanel(db: GigLensDatabase, message: Of<'panel'> | Of<'panel-outcome'>, deps: PageDeps): Promise<Reply> {
  const now = deps.now();
  const settings = await deps.settings();
  const stored = await getListing(db, message.key.platform, message.key.id);
  if (!stored) return { ok: false, reason: 'invalid', error: t('reply_not_stored') };
  const listing: Listing = stored;
  const label = labelOf(listing, settings);
  const trend = (await trendsFor(db, [stored], now)).get(listingKey(listing)) ?? null;
  const fit = fitIn(listing, compileProfile(settings.profile));
  let context = await contextOrNull(db, listing, label, now);
  let advice = adviceFor(listing, label, trend, context, fit, settings, now);
  if (message.type === 'panel-outcome' && advice) {
    if (message.status) await recordOutcome(db, outcomeMark(listing, label, advice, message.status, message.connects), now);
    else await clearOutcome(db, listing.platform, listing.id);
    context = await contextOrNull(db, listing, label, now);
    advice = adviceFor(listing, label, trend, context, fit, settings, now);
  }
  const tree = panelView({
    listing,
    label,
    trend,
    homeCurrency: settings.homeCurrency,
    connects: advice ? { advice, outcome: context?.outcome ?? null } : null,
    seen: { count: stored.seenCount, firstSeenAt: stored.firstSeenAt },
    fit,
  });
  const pill = pillOf(listing, label, {
    verdict: advice?.verdict ?? null,
    saved: stored.savedAt !== undefined,
    filter: filterFor(listing, label, advice, settings),
    fit,
  });
  return { ok: true, panel: { pill, tree, css: PANEL_CSS } };
}
