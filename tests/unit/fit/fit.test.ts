// Fit of real listings from the saved pages against a profile: exact have/missing lists on
// chosen listings, and on every listing the same answer as a plain reading of the definition.
import { describe, expect, it } from 'vitest';
import { compileProfile, fitOf } from '@/lib/fit/fit';
import { normaliseSkill } from '@/lib/fit/normalise-skill';
import type { Listing } from '@/lib/model/listing';
import { savedPageItems } from '../db/saved-page-listings';

const listings = savedPageItems().map((i) => i.listing);
const byId = (id: string): Listing => listings.find((l) => l.id === id)!;
// An automation freelancer's profile, written the way people write it.
const automation = compileProfile({ skills: ['Python', 'javascript', 'Node', 'N8N', 'zapier', 'make integromat', 'Web scraping', 'OpenAI', 'python 3'] });

describe('fit on the saved pages', () => {
  it.each([
    [
      '~022045907808348385375', // Upwork feed, AI automation job
      ['n8n', 'Make.com', 'Zapier', 'OpenAI API'],
      ['HighLevel', 'API Integration', 'Automation', 'Workflow Automation', 'CRM Automation', 'Lead Generation', 'Web API', 'Business Process Automation', 'SaaS', 'Artificial Intelligence', 'AI Agent Development', 'Chatbot Development'],
    ],
    ['~022058750483565374702', ['Web Scraping'], ['Data Mining', 'Lead Generation']], // "Data Scraping" and "Web Crawling" are one skill
    ['~01c08911c7bd029b3e', ['JavaScript'], ['PHP', 'Web Development', 'MySQL', 'WordPress', 'HTML', 'CSS', 'jQuery', 'API']],
  ])('%s', (id, have, missing) => {
    const fit = fitOf(byId(id).skills, automation);
    expect(fit).toEqual({ have, missing, total: have.length + missing.length, share: have.length / (have.length + missing.length) });
  });

  it('reads Fiverr gig tags the same way', () => {
    const leads = compileProfile({ skills: ['Lead gen', 'LinkedIn leads'] });
    expect(fitOf(byId('229608247').skills, leads)).toEqual({
      have: ['Lead Generation', 'linkedin leads'],
      missing: ['business leads', 'contact list'],
      total: 4,
      share: 0.5,
    });
  });

  it('is unknown (null), not poor, without skills on either side', () => {
    const tiles = listings.filter((l) => l.skills.length === 0);
    expect(tiles.length).toBeGreaterThan(50); // Fiverr category and search tiles show no tags
    for (const l of tiles) expect(fitOf(l.skills, automation)).toBeNull();
    expect(fitOf(byId('~01c08911c7bd029b3e').skills, compileProfile({ skills: [] }))).toBeNull();
    expect(fitOf(byId('~01c08911c7bd029b3e').skills, compileProfile({ skills: ['!!', ' '] }))).toBeNull();
  });

  it('agrees with the definition on every listing', () => {
    const mine = new Set(['Python', 'javascript', 'Node', 'N8N', 'zapier', 'make integromat', 'Web scraping', 'OpenAI', 'python 3'].map((s) => normaliseSkill(s)!.key));
    let fitted = 0;
    for (const l of listings.filter((x) => x.skills.length > 0)) {
      const keys = [...new Set(l.skills.map((s) => normaliseSkill(s)!.key))];
      const fit = fitOf(l.skills, automation)!;
      expect(fit.total).toBe(keys.length);
      expect(fit.have.length).toBe(keys.filter((k) => mine.has(k)).length);
      expect([...fit.have, ...fit.missing].map((n) => normaliseSkill(n)!.key).sort()).toEqual([...keys].sort());
      if (fit.have.length > 0) fitted++;
    }
    expect(fitted).toBe(FITTED);
  });

  it('compiles a profile once: spellings of one skill count once', () => {
    expect([...automation.names]).toEqual([
      ['python', 'Python'],
      ['javascript', 'JavaScript'],
      ['nodejs', 'Node.js'],
      ['n8n', 'n8n'],
      ['zapier', 'Zapier'],
      ['makecom', 'Make.com'],
      ['webscraping', 'Web Scraping'],
      ['openaiapi', 'OpenAI API'],
    ]);
  });
});

/** Listings on the saved pages (99 state skills) with at least one skill of the automation profile. */
const FITTED = 46;
