// The embedded-state readers: Nuxt 2's function-wrapped literal and Nuxt 3's devalue JSON,
// read without running page code, and never throwing on scripts that are not plain data.
import { describe, expect, test } from 'vitest';
import { unflatten } from '@/lib/upwork/devalue';
import { embeddedState } from '@/lib/upwork/embedded-state';
import { readNuxtAssignment } from '@/lib/upwork/js-literal';
import { loadPage } from '../../fixtures';

describe('readNuxtAssignment', () => {
  test.each([
    ['window.__NUXT__={a:1,"b":[true,false,null]}', { a: 1, b: [true, false, null] }],
    ['window.__NUXT__=(function(a,b){return {x:a,y:[b,a],z:"q\\u002Fr"}}(1,"s"))', { x: 1, y: ['s', 1], z: 'q/r' }],
    ['window.__NUXT__=(function(a,b){b.name="Newest";return {x:b}}(1,{}))', { x: {} }],
    ['window.__NUXT__=(((a,b)=>{return {x:a,"y-z":b}})(-2.5e1,void 0))', { x: -25, 'y-z': undefined }],
    ['window.__NUXT__=((a)=>({x:a}))("it\'s")', { x: "it's" }],
    ['window.__NUXT__=(function(a){return {t:"return } ) ]",a}}("short"))', { t: 'return } ) ]', a: 'short' }],
  ])('%s', (script, value) => expect(readNuxtAssignment(script)).toEqual(value));

  test.each([
    'window.__NUXT__=(function(a){return {x:fetch("https://evil.example")}}(1))',
    'window.__NUXT__=(function(a){return {x:a+1}}(1))',
    'window.__NUXT__=(function(a){return {x:"unterminated}}(1))',
    'var other = 1',
  ])('rejects code that is not plain data: %s', (script) => {
    expect(() => readNuxtAssignment(script)).toThrow(SyntaxError);
  });
});

describe('unflatten (devalue)', () => {
  test('references, wrappers, dates, sets and cycles', () => {
    const flat = [['Reactive', 1], { job: 2, seen: 5, when: 6, self: 1 }, { ciphertext: 3, n: 4 }, '~02123456789', 7, ['Set', 4], ['Date', '2026-03-27T20:46:26.608Z']];
    const root = unflatten(flat) as Record<string, unknown>;
    expect(root.job).toEqual({ ciphertext: '~02123456789', n: 7 });
    expect(root.seen).toEqual([7]);
    expect(root.when).toBe('2026-03-27T20:46:26.608Z');
    expect(root.self).toBe(root);
  });
  test('negative indexes are undefined and special numbers', () => {
    expect(unflatten([{ a: -1, b: -3 }])).toEqual({ a: undefined, b: NaN });
  });
  test('not devalue', () => expect(() => unflatten({ a: 1 })).toThrow(TypeError));
});

describe('embeddedState on saved pages', () => {
  test.each([
    ['upwork-search-2024-08-logged-in.html', 20, 0],
    ['upwork-search-2026-02-logged-in-raw.html', 10, 0],
    ['upwork-search-2026-05-logged-out.html', 10, 0],
    ['upwork-job-2024-08-hourly.html', 1, 1],
    ['upwork-job-2026-04-fixed-raw.html', 1, 1],
    ['upwork-public-job-2026-07.html', 4, 0],
    ['upwork-search-2024-09-logged-in-snippet.html', 0, 0],
  ])('%s: jobs with titles ≥ %i, details stores %i', (file, jobs, details) => {
    const idx = embeddedState(loadPage(file));
    expect(idx.jobs.size).toBeGreaterThanOrEqual(jobs);
    expect(idx.details.size).toBe(details);
  });

  test('is read once per document', () => {
    const doc = loadPage('upwork-search-2026-02-logged-in-raw.html');
    expect(embeddedState(doc)).toBe(embeddedState(doc));
  });

  test('a hostile or broken state script is ignored, not thrown', () => {
    const doc = document.implementation.createHTMLDocument('x');
    const s1 = doc.createElement('script');
    s1.textContent = 'window.__NUXT__=(function(a){return {job:{ciphertext:"~0112806dc0c582779c",title:alert(a)}}}(1))';
    const s2 = doc.createElement('script');
    s2.id = '__NUXT_DATA__';
    s2.textContent = '[{"broken": ';
    doc.body.append(s1, s2);
    expect(embeddedState(doc)).toEqual({ jobs: new Map(), details: new Map() });
  });
});
