// The Connects advisor in the content script: advice from the listing alone as soon as the
// background has stored it, sharpened by the user's history (reposts, ghosts, own hire rate)
// when the user opens the panel, or at once on a job page where one job is the whole point.
import type { ConnectsView } from '@/components/badge/Badge';
import { advise } from '../connects/advise';
import type { ConnectsContext } from '../connects/context';
import { medianFromTrend } from '../connects/median-from-trend';
import type { OutcomeMark } from '../connects/outcome';
import { sendMessage } from '../messaging/send';
import type { Annotated } from './annotate';

export const JOB_KINDS = new Set(['job', 'job-panel']);

export function connectsView(item: Annotated, priceUsd: number, context: ConnectsContext | null, onChange: () => void): ConnectsView {
  const advice = advise(item.listing, item.label, {
    priceUsd,
    median: medianFromTrend(item.insight?.trend),
    own: context?.own ?? null,
    history: context?.history ?? [],
    now: Date.now(),
  });
  return {
    advice,
    outcome: context?.outcome ?? null,
    onOutcome: (mark: OutcomeMark | null) => {
      const { platform, id } = item.listing;
      void sendMessage(mark ? { type: 'outcome', mark } : { type: 'outcome-clear', platform, id }).then((reply) => {
        if (!reply.ok || !item.connects) return;
        item.connects = { ...item.connects, outcome: reply.outcome ?? null };
        onChange();
      });
    },
  };
}

/** What the user's own history says about this job; null when the background cannot say. */
export async function loadContext(item: Annotated): Promise<ConnectsContext | null> {
  const reply = await sendMessage({
    type: 'connects-context',
    listing: item.listing,
    categoryId: item.label?.category?.id ?? null,
  });
  return reply.ok ? (reply.connects ?? null) : null;
}
