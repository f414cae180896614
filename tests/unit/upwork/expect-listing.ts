// Compares a parsed listing with what a person read on the page: every contract field,
// with fields the page does not state expected as null. Long descriptions are checked by
// their exact start, end and length instead of being pasted whole into the test.
import { expect } from 'vitest';
import type { Activity, Client, Listing } from '@/lib/model/listing';

export type DescriptionExpectation = string | { start: string; end: string; length: number } | null;

export type ExpectedListing = Partial<Omit<Listing, 'description' | 'client' | 'activity'>> &
  Pick<Listing, 'id' | 'url' | 'title'> & {
    description?: DescriptionExpectation;
    client?: Partial<Client> | null;
    activity?: Partial<Activity> | null;
  };

export interface PageCase {
  file: string;
  url: string;
  kind: string;
  status: 'ok' | 'empty' | 'blocked' | 'unsupported';
  count: number;
  /** Listing index on the page → what the page shows for it. */
  listings: Record<number, ExpectedListing>;
}

const NO_LISTING_FIELDS = {
  platform: 'upwork',
  skills: [],
  pay: null,
  experience: null,
  duration: null,
  workload: null,
  postedAt: null,
  postedText: null,
  proposals: null,
  connects: null,
  client: null,
  activity: null,
  seller: null,
  deliveryDays: null,
  promoted: null,
  fiverrChoice: null,
  pro: null,
  packages: null,
  platformCategory: null,
  platformSubcategory: null,
} as const;

const NO_CLIENT: Client = {
  paymentVerified: null,
  rating: null,
  reviews: null,
  totalSpent: null,
  country: null,
  hireRate: null,
  jobsPosted: null,
  openJobs: null,
  hires: null,
};

const NO_ACTIVITY: Activity = { interviewing: null, invitesSent: null, unansweredInvites: null, lastViewedText: null, hires: null };

export function expectListing(actual: Listing | undefined, expected: ExpectedListing): void {
  expect(actual).toBeDefined();
  const { description, client, activity, ...rest } = expected;
  const { description: gotDescription, ...gotRest } = actual!;
  expect(gotRest).toEqual({
    ...NO_LISTING_FIELDS,
    ...rest,
    client: client ? { ...NO_CLIENT, ...client } : null,
    activity: activity ? { ...NO_ACTIVITY, ...activity } : null,
  });
  if (description && typeof description === 'object') {
    expect(gotDescription?.slice(0, description.start.length)).toBe(description.start);
    expect(gotDescription?.slice(-description.end.length)).toBe(description.end);
    expect(gotDescription?.length).toBe(description.length);
  } else {
    expect(gotDescription).toBe(description ?? null);
  }
}
