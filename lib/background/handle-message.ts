// The background's one message handler: validate, then write. The background is the only
// IndexedDB writer; each message is one transaction.
import { MessageSchema, type Message, type Reply } from '../messaging/messages';
import type { GigLensDatabase } from '../db/open';
import { setSaved } from '../db/listings';
import { recordStorageFull } from '../db/meta';
import { recordPageHealth } from '../db/page-health';
import { isQuotaError } from '../db/transaction';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings-schema';
import { loadSettings } from '../settings/settings-store';
import { setLanguage, t } from '../i18n';
import { languageOf } from '../i18n/ui-language';
import { handleConnectsMessage } from './handle-outcome';
import { handlePanel, handleRelabel, handleSeen, type PageDeps } from './handle-page';

export function describeInvalid(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(message)'}: ${i.message}`)
    .join('; ');
}

export interface HandlerDeps {
  /** Tests may give only the settings they set; the rest are defaults. */
  settings: () => Promise<Partial<Settings>>;
  now: () => number;
}

export const DEFAULT_DEPS: HandlerDeps = { settings: loadSettings, now: Date.now };

export const withDefaults = (deps: HandlerDeps): PageDeps => ({
  now: deps.now,
  settings: async () => {
    const settings = { ...DEFAULT_SETTINGS, ...(await deps.settings()) };
    // Pills and panels are worded in the user's language as of this message (lib/i18n).
    setLanguage(languageOf(settings.language));
    return settings;
  },
});

async function apply(db: GigLensDatabase, message: Message, given: HandlerDeps): Promise<Reply> {
  const deps = withDefaults(given);
  switch (message.type) {
    case 'seen':
      return handleSeen(db, message, deps);
    case 'relabel':
      return handleRelabel(db, message, deps);
    case 'panel':
    case 'panel-outcome':
      return handlePanel(db, message, deps);
    case 'page':
      await recordPageHealth(db, { ...message.page, at: deps.now() });
      return { ok: true };
    case 'star': {
      const stored = await setSaved(db, message.platform, message.id, message.saved);
      if (!stored) return { ok: false, error: t('reply_not_stored'), reason: 'invalid' };
      return { ok: true };
    }
    case 'outcome':
    case 'outcome-clear':
    case 'connects-context':
      return handleConnectsMessage(db, message, deps.now());
  }
}

export async function handleMessage(
  db: () => Promise<GigLensDatabase>,
  raw: unknown,
  deps: HandlerDeps = DEFAULT_DEPS,
): Promise<Reply> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return rejected(parsed.error.issues);
  const message = parsed.data;
  return guarded(db, message.type === 'seen' ? message.items.length : 0, deps, async () => apply(await db(), message, deps));
}

export function rejected(issues: readonly { path: PropertyKey[]; message: string }[]): Reply {
  const error = t('reply_rejected', { details: describeInvalid(issues) });
  console.warn(error);
  return { ok: false, error, reason: 'invalid' };
}

/** Runs a handler and turns storage failures into replies the page can act on; `items` is how
 *  many listings a failed write would lose (counted in the storage-full notice). */
export async function guarded(db: () => Promise<GigLensDatabase>, items: number, deps: HandlerDeps, run: () => Promise<Reply>): Promise<Reply> {
  try {
    return await run();
  } catch (error) {
    if (isQuotaError(error)) {
      // The batch's transaction was aborted whole: what was stored before is untouched.
      await db().then((d) => recordStorageFull(d, items, deps.now()), () => undefined);
      return {
        ok: false,
        reason: 'quota',
        error: t('reply_disk_full'),
      };
    }
    if (error instanceof Error && error.name === 'VersionError') {
      // An older copy of GigLens meets the database a newer copy upgraded.
      return {
        ok: false,
        reason: 'storage',
        error: t('reply_updated'),
      };
    }
    console.error('GigLens could not store a message', error);
    return { ok: false, reason: 'storage', error: t('reply_storage_error', { error: String(error) }) };
  }
}
