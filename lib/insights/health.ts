// Parse health in plain words: the latest outcome per site and page kind, turned into
// sentences a freelancer understands ("Upwork's search page may have changed its layout").
import type { PageHealthRecord } from '../db/schema';
import { t } from '../i18n';
import type { Platform } from '../model/listing';

export type HealthLevel = 'ok' | 'warning' | 'problem';

export interface HealthNotice {
  platform: Platform;
  kind: string;
  level: HealthLevel;
  text: string;
  at: number;
}

const SITE: Record<Platform, string> = { upwork: 'Upwork', fiverr: 'Fiverr' };

/** "search" → "search page"; kinds are the adapters' page-kind names. */
const pageWords = (kind: string) => t('health_page', { kind: kind.replace(/[-_]+/g, ' ') });

export function healthNotice(r: PageHealthRecord, formatTime: (ms: number) => string): HealthNotice {
  const site = SITE[r.platform];
  const when = formatTime(r.at);
  const base = { platform: r.platform, kind: r.kind, at: r.at };
  const { found, parsed } = r.health;
  if (r.status === 'blocked') {
    return {
      ...base,
      level: 'problem',
      text: t('health_blocked', { site, page: pageWords(r.kind), when }),
    };
  }
  if (r.status === 'ok' && found > 0 && parsed < found) {
    return {
      ...base,
      level: parsed === 0 ? 'problem' : 'warning',
      text: t('health_layout', { site, page: pageWords(r.kind), parsed, count: found, when }),
    };
  }
  if (r.status === 'unsupported') {
    return { ...base, level: 'ok', text: t('health_unsupported', { site, when }) };
  }
  if (r.status === 'empty') {
    return { ...base, level: 'ok', text: t('health_empty', { site, page: pageWords(r.kind), when }) };
  }
  return { ...base, level: 'ok', text: t('health_read', { site, page: pageWords(r.kind), count: found, when }) };
}

/** Problems first, then warnings, each newest first; the fine ones last. */
export function healthNotices(records: readonly PageHealthRecord[], formatTime: (ms: number) => string): HealthNotice[] {
  const order: Record<HealthLevel, number> = { problem: 0, warning: 1, ok: 2 };
  return records
    .map((r) => healthNotice(r, formatTime))
    .sort((a, b) => order[a.level] - order[b.level] || b.at - a.at);
}
