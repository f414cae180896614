// How listing text becomes matchable words: entities, phrase breaks, stems that meet.
import { describe, expect, test } from 'vitest';
import { BREAK, decodeEntities, stem, words } from '@/lib/taxonomy/text';

describe('decodeEntities', () => {
  test.each([
    ['Need Someone To Create Logo &amp; Wordpress Website', 'Need Someone To Create Logo & Wordpress Website'],
    ['Create a &quot;search as I move the map&quot; feature', 'Create a "search as I move the map" feature'],
    ['it&#39;s &#x27;fine&#x27;', "it's 'fine'"],
    ['AT&T and &unknown; stay', 'AT&T and &unknown; stay'],
  ])('%s', (input, expected) => expect(decodeEntities(input)).toBe(expected));
});

describe('stem: forms of one word meet, different words do not', () => {
  test.each([
    ['translation', 'translate', 'translating', 'translated'],
    ['writer', 'writing', 'write', 'writes'],
    ['coding', 'code', 'coder', 'codes'],
    ['developer', 'development', 'develop', 'developers'],
    ['shopping', 'shop', 'shops', 'shop'],
    ['entries', 'entry', 'entry', 'entry'],
    ['logos', 'logo', 'logo', 'logo'],
    ['themes', 'theme', 'theme', 'theme'],
    ['listings', 'listing', 'listing', 'listing'],
  ])('%s ~ %s ~ %s ~ %s', (a, b, c, d) => {
    expect(new Set([stem(a), stem(b), stem(c), stem(d)]).size).toBe(1);
  });

  test.each([
    ['accounting', 'account'],
    ['hosting', 'host'],
    ['listing', 'list'],
    ['listings', 'lists'],
    ['poster', 'post'],
    ['letter', 'let'],
    ['offer', 'of'],
    ['coming', 'com'],
    ['engineer', 'engine'],
    ['business', 'busines'],
  ])('%s is not %s', (a, b) => expect(stem(a)).not.toBe(stem(b)));
});

describe('words', () => {
  test.each([
    ['Looking for a Video editor (long-term) - YouTube, TikTok. Fast!', 'look for a video editor | long term | youtub | tiktok | fast |'],
    ['UI/UX designer: C++ & C# dev', 'ui ux design | c++ c# dev'],
    ['node.js 3.5 e-commerce', 'node js 3 5 e commerc'],
    ['Ищу видео монтажера über-cool', 'ищу видео монтажера über cool'],
    ['', ''],
  ])('%s', (input, expected) => expect(words(input).join(' ')).toBe(expected));

  test('a break is never doubled nor first', () => {
    expect(words('!!, Logo -- , | SEO')).toEqual(['logo', BREAK, 'seo']);
  });

  test('limit cuts long text', () => {
    expect(words('alpha beta gamma', 10)).toEqual(['alpha', 'beta']);
  });
});
