// The taxonomy covers the evidence table and both sites' category names (evidence.md §2 and
// Appendix B, read from the shared file itself).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SHARED } from '../../fixtures';
import { CATEGORIES, CATEGORY_BY_ID } from '@/lib/taxonomy/categories';
import { allowedBy, namedCategory } from '@/lib/taxonomy/platform';
import { VOCABULARY } from '@/lib/taxonomy/vocabulary';
import { classify } from '@/lib/taxonomy/classify';
import { tokenize } from '@/lib/taxonomy/tokenize';
import { PRIORS } from '@/lib/rules/priors';
import { UPWORK_TOP_CATEGORIES } from '@/lib/model/label';

const evidence = readFileSync(join(SHARED, 'research', 'evidence.md'), 'utf8');
const appendixB = evidence.slice(evidence.indexOf('## Appendix B'), evidence.indexOf('## Bibliography'));

/** "- Admin Support: Data Entry & Transcription Services; Virtual Assistance; …" */
const upworkSubcategories: [top: string, sub: string][] = appendixB
  .split('\n')
  .filter((l) => /^- [^:]+: /.test(l))
  .flatMap((l) => {
    const [top, subs] = [l.slice(2, l.indexOf(':')), l.slice(l.indexOf(':') + 2)];
    return subs.split('; ').map((s) => [top, s.replace(/\s*\(.*\)$/, '').replace('–', '-')] as [string, string]);
  });

/** "graphics-design/{creative-logo-design, brand-style-guides, …}" */
const fiverrSlugs: [top: string, sub: string][] = [...appendixB.matchAll(/([a-z-]+)\/\{([^}]+)\}/g)].flatMap((m) =>
  m[2]!.split(', ').map((s) => [m[1]!, s.trim()] as [string, string]),
);

describe('the taxonomy', () => {
  test('has about forty categories with unique ids, each on one of Upwork’s twelve top levels', () => {
    expect(CATEGORIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CATEGORIES.map((c) => c.id)).size).toBe(CATEGORIES.length);
    for (const c of CATEGORIES) expect(UPWORK_TOP_CATEGORIES).toContain(c.upwork);
    expect(new Set(CATEGORIES.map((c) => c.upwork)).size).toBe(12);
  });

  test('covers every row of the evidence table, and every category has a prior and words', () => {
    const rows = [...evidence.matchAll(/^\| (\d+) \| \*\*/gm)].map((m) => Number(m[1]));
    expect(rows.length).toBe(42);
    expect(new Set(CATEGORIES.map((c) => c.row))).toEqual(new Set(rows));
    for (const c of CATEGORIES) {
      expect(PRIORS[c.row], c.id).toBeDefined();
      expect(Object.keys(VOCABULARY[c.id] ?? {}).length, c.id).toBeGreaterThan(0);
    }
  });

  test('reads Appendix B', () => {
    expect(upworkSubcategories.length).toBeGreaterThan(50);
    expect(fiverrSlugs.length).toBeGreaterThan(80);
  });

  test.each(upworkSubcategories)('Upwork %s › %s maps into its own top level', (top, sub) => {
    const allowed = allowedBy(top);
    expect(allowed).not.toBeNull();
    const found = namedCategory(sub, allowed);
    expect(found, sub).not.toBeNull();
    expect(CATEGORIES[found!]!.upwork).toBe(top);
  });

  test.each(fiverrSlugs)('Fiverr %s/%s maps to a category of that Fiverr category', (top, sub) => {
    const allowed = allowedBy(top);
    expect(allowed, top).not.toBeNull();
    expect(namedCategory(sub, allowed), `${top}/${sub}`).not.toBeNull();
  });

  test.each([
    ['Graphics & Design', 'Logo Design', 'logo-branding'],
    ['Writing & Translation', 'Articles & Blog Posts', 'content-writing'],
    ['Programming & Tech', 'Chatbots', 'ai-development'],
    ['Web, Mobile & Software Dev', 'Full Stack Development', 'software-development'],
    ['Music & Audio', 'Voice Over', 'voice-over'],
    ['Design & Creative', 'Video Editing', 'video-editing'],
    // Fiverr's AI Services menu (saved 2025 pages) and Upwork's AI specialties (Appendix B).
    ['AI Services', 'AI Artists', 'ai-image-generation'],
    ['AI Services', 'Midjourney Artists', 'ai-image-generation'],
    ['AI Services', 'AI Video Avatars', 'ai-video-generation'],
    ['AI Services', 'Text to Speech', 'ai-audio-generation'],
    ['AI Services', 'AI Content Editing', 'editing-proofreading'],
    ['AI Services', 'AI Automations & Agents', 'ai-development'],
    ['AI Services', 'Generative Engine Optimization', 'digital-marketing'],
    ['AI Services', 'AI Consulting', 'management-consulting'],
    ['Design & Creative', 'AI Image Generation & Editing', 'ai-image-generation'],
    ['Design & Creative', 'AI Speech & Audio Generation', 'ai-audio-generation'],
    ['Design & Creative', 'AI Video Generation & Editing', 'ai-video-generation'],
    ['Writing', 'AI Content Writing', 'ai-content-writing'],
  ])('display names %s › %s are read by their words: %s', (top, sub, id) => {
    const r = classify({ title: tokenize('Help with my project'), skills: [], description: [], platformCategory: top, platformSubcategory: sub });
    expect(r.def.id).toBe(id);
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
  });

  test('names it does not know are not guessed', () => {
    expect(namedCategory('Other', allowedBy('Business'))).toBeNull();
    expect(allowedBy('Underwater Basket Weaving')).toBeNull();
    expect(CATEGORY_BY_ID.get('translation')!.upwork).toBe('Translation');
  });
});
