import { expect, test } from 'vitest';
import { findScamPhrases, SCAM_PHRASES } from '@/lib/connects/scam-phrases';

const HITS: [string, string, string][] = [
  ['Please contact me on Telegram to discuss the details.', 'contact on another app', 'contact me on Telegram'],
  ['Message us via WhatsApp once you read this', 'contact on another app', 'Message us via WhatsApp'],
  ['Add me in Discord', 'contact on another app', 'Add me in Discord'],
  ['My telegram: @cryptoboss', 'a messenger handle', 'telegram: @cryptoboss'],
  ['Skype id: +live.jobs.hr', 'a messenger handle', 'Skype id: +live.jobs.hr'],
  ['Join t.me/quickjobs now', 'a messenger link', 't.me/quickjobs'],
  ['Send your CV to hiring.team@gmail.com', 'an e-mail address', 'hiring.team@gmail.com'],
  ['Call +1 (415) 555-0134 today', 'a phone number', '+1 (415) 555-0134'],
  ['We will pay you outside of Upwork to save fees', 'pay outside Upwork', 'pay you outside of Upwork'],
  ['Please send a free sample article first', 'free sample', 'free sample'],
  ['There is an unpaid test before the contract', 'unpaid test', 'unpaid test'],
  ['A $50 registration fee covers your training', 'upfront fee', 'registration fee'],
  ['You will need to buy the starter kit', 'buy a kit first', 'buy the starter kit'],
  ['Weekly, paid in USDT', 'crypto payment', 'paid in USDT'],
];

test.each(HITS)('%s', (text, name, quote) => {
  expect(findScamPhrases(text).map((m) => [m.name, m.quote])).toEqual([[name, quote]]);
});

test('every phrase has an example', () => {
  expect(new Set(HITS.map(([, name]) => name))).toEqual(new Set(SCAM_PHRASES.map((p) => p.name)));
});

// Jobs about these apps, and ordinary words, are not a move off Upwork.
test.each([
  'Build a Telegram bot that posts our daily deals',
  'WhatsApp Business API integration with our CRM',
  'Digital signal processing engineer for audio filters',
  'Discord community moderator, 20 hrs/week',
  'Pay is $40/hr, paid weekly through Upwork',
  'Samples of previous work are required (links are fine)',
  'Style with @media queries and CSS grid',
])('no finding: %s', (text) => {
  expect(findScamPhrases(text)).toEqual([]);
});
