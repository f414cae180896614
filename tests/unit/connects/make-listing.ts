// Hand-made listings for the advisor's tables: a complete job-page client by default,
// changed one field at a time by each row.
import { ListingSchema, type Listing, type ListingInput } from '@/lib/model/listing';

export const GOOD_CLIENT = {
  paymentVerified: true,
  rating: 4.9,
  reviews: 20,
  totalSpent: 30_000,
  country: 'Denmark',
  hireRate: 90,
  jobsPosted: 20,
  openJobs: 1,
  hires: 25,
};

type ClientInput = NonNullable<ListingInput['client']>;

export function makeListing(over: Partial<ListingInput> = {}, client: Partial<ClientInput> | null = {}): Listing {
  return ListingSchema.parse({
    platform: 'upwork',
    id: '~0100000000000000aa',
    url: 'https://www.upwork.com/jobs/~0100000000000000aa',
    title: 'Flutter developer for a camera app',
    description: 'Build and test a Flutter app that controls an external camera.',
    pay: { type: 'hourly', min: 30, max: 50, currency: 'USD' },
    workload: 'Less than 30 hrs/week',
    duration: '1 to 3 months',
    postedText: 'yesterday',
    proposals: { min: 5, max: 10 },
    connects: 12,
    activity: { interviewing: 0, invitesSent: 0, unansweredInvites: 0, lastViewedText: 'yesterday', hires: 0 },
    ...over,
    client: client === null ? null : { ...GOOD_CLIENT, ...client },
  });
}
