// Embedded state confirms or fills what the DOM lacks (exact publish time, Connects,
// category, review counts, untruncated titles). The DOM always wins where it speaks:
// it is what the user sees. Client fields are filled only where the DOM shows a client
// block: visitors' state carries placeholder values (isPaymentVerified: false).
import type { ListingInput } from '../model/listing';
import { isRec, type Rec, type StateIndex } from './embedded-state';

type Input = ListingInput;
const num = (v: unknown): number | null => {
  const n = typeof v === 'string' && v.trim() ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null;
};
const positive = (v: unknown): number | null => ((num(v) ?? 0) > 0 ? num(v) : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const rec = (v: unknown): Rec => (isRec(v) ? v : {});
const iso = (...vs: unknown[]): string | null => {
  for (const v of vs) {
    const t = typeof v === 'string' ? Date.parse(v) : NaN;
    if (Number.isFinite(t)) return new Date(t).toISOString();
  }
  return null;
};
/** i18n keys ("usnuxt_Engagement_421.partTime") are not words a page shows. */
const words = (v: unknown): string | null => {
  const s = str(v);
  return s && !/^[a-z]+_\w+\.\w+$/i.test(s) ? s : null;
};

function statePay(job: Rec): Input['pay'] {
  const ext = rec(job.extendedBudgetInfo);
  const hourly = rec(job.hourlyBudget);
  const min = positive(hourly.min) ?? positive(ext.hourlyBudgetMin) ?? positive(job.hourlyBudgetMin);
  const max = positive(hourly.max) ?? positive(ext.hourlyBudgetMax) ?? positive(job.hourlyBudgetMax);
  const budget = rec(job.budget);
  const currency = str(budget.currencyCode) ?? 'USD';
  if (String(job.type) === '2' && (min !== null || max !== null)) return { type: 'hourly', min, max: max ?? min, currency };
  const amount = positive(rec(job.amount).amount) ?? positive(budget.amount);
  return String(job.type) === '1' && amount !== null ? { type: 'fixed', amount, currency } : null;
}

/** Skill names: `attrs` on search results, `ontologySkills` on related jobs. */
function stateSkills(job: Rec): string[] {
  const list = Array.isArray(job.attrs) ? job.attrs : Array.isArray(job.ontologySkills) ? job.ontologySkills : [];
  return list.map((a) => str(rec(a).prettyName) ?? str(rec(a).prefLabel)).filter((x): x is string => x !== null);
}

/** What a job-shaped record says, in contract fields. */
function fromJob(job: Rec): Partial<Input> {
  const client = rec(job.client);
  const reviews = num(client.totalReviews);
  return {
    title: str(job.title)?.replace(/<[^>]*>/g, '') ?? undefined,
    description: str(job.description),
    skills: stateSkills(job),
    postedAt: iso(job.publishedOn, job.postedOn, job.publishTime, job.createdOn),
    connects: positive(job.connectPrice),
    promoted: typeof job.premium === 'boolean' ? job.premium : typeof job.isPremium === 'boolean' ? job.isPremium : null,
    duration: words(job.durationLabel),
    workload: words(job.workload) ?? words(job.engagement),
    pay: statePay(job),
    platformCategory: str(rec(job.categoryGroup).name),
    platformSubcategory: str(rec(job.category).name),
    client: isRec(job.client)
      ? {
          reviews,
          rating: reviews ? num(client.totalFeedback) : null,
          paymentVerified: typeof client.isPaymentVerified === 'boolean' ? client.isPaymentVerified : null,
          totalSpent: num(client.totalSpent),
          country: str(rec(client.location).country),
        }
      : null,
  };
}

/** What a job details store says: the job, its buyer and the Connects price. */
function fromDetails(d: Rec): Partial<Input> {
  const job = rec(d.job);
  const buyer = rec(d.buyer);
  const stats = rec(buyer.stats);
  const jobs = rec(buyer.jobs);
  const act = rec(job.clientActivity);
  const reviews = num(stats.feedbackCount);
  return {
    ...fromJob(job),
    connects: positive(rec(d.connects).requiredConnects) ?? positive(rec(rec(d.connects).pricing).price),
    client: {
      paymentVerified: typeof buyer.isPaymentMethodVerified === 'boolean' ? buyer.isPaymentMethodVerified : null,
      reviews,
      rating: reviews ? num(stats.score) : null,
      totalSpent: num(rec(stats.totalCharges).amount),
      country: str(rec(buyer.location).country),
      jobsPosted: num(jobs.postedCount),
      openJobs: num(jobs.openCount),
      hires: num(stats.totalAssignments),
    },
    activity: isRec(job.clientActivity)
      ? {
          interviewing: num(act.totalInvitedToInterview),
          invitesSent: num(act.invitationsSent),
          unansweredInvites: num(act.unansweredInvites),
          hires: num(act.totalHired),
        }
      : null,
  };
}

const fillNulls = <T extends object>(dom: T, state: Partial<T>): T => {
  const out = { ...dom } as Record<string, unknown>;
  for (const [k, v] of Object.entries(state)) if ((out[k] ?? null) === null && v !== undefined) out[k] = v;
  return out as T;
};

/** The page cut a text short ("…for a team of…") and the state has the whole of it. */
function truncated(shown: string | null | undefined, full: string | null | undefined): boolean {
  if (!shown || !full) return false;
  const stem = shown.replace(/\s*(?:…|\.\.\.)$/, '');
  const flat = (t: string) => t.replace(/\s+/g, ' ');
  return stem !== shown && full.length > stem.length && flat(full).startsWith(flat(stem));
}

/** Tiles show a few skills and a "+9" token; the state lists them all. */
function moreSkills(shown: readonly string[] | undefined, all: readonly string[] | undefined): boolean {
  return !!all && all.length > (shown?.length ?? 0) && (shown ?? []).every((s) => all.includes(s));
}

export function withState(input: Input, idx: StateIndex | null): Input {
  if (!idx) return input;
  const d = idx.details.get(input.id);
  const job = idx.jobs.get(input.id);
  if (!d && !job) return input;
  const { client, activity, title, description, skills, pay, ...rest } = d ? fromDetails(d) : fromJob(job!);
  const out = fillNulls(input, rest);
  if (truncated(input.title, title)) out.title = title!;
  if (truncated(input.description, description)) out.description = description;
  if (moreSkills(input.skills, skills)) out.skills = skills;
  if (!input.pay || (input.pay.type === 'hourly' && input.pay.min == null && pay?.type === 'hourly')) out.pay = pay ?? input.pay ?? null;
  if (input.client && client) out.client = fillNulls(input.client, client);
  if (activity) out.activity = input.activity ? fillNulls(input.activity, activity) : activity;
  return out;
}
