// A small hand-made listing for foundation tests (real pages are used by the parser tests).
import { ListingSchema, type Listing, type ListingInput } from '@/lib/model/listing';

export function sampleListing(overrides: Partial<ListingInput> = {}): Listing {
  return ListingSchema.parse({
    platform: 'upwork',
    id: '~01abcdef0123456789',
    url: 'https://www.upwork.com/jobs/Translate-a-website_~01abcdef0123456789/',
    title: 'Translate a website from English to German',
    skills: ['Translation', 'German'],
    pay: { type: 'fixed', amount: 50, currency: 'USD' },
    ...overrides,
  });
}
