// Skill names to keys: spellings of one skill meet, different skills stay apart, the table is
// clean data, and on the real saved pages exactly the expected duplicate spellings merge.
import { describe, expect, it } from 'vitest';
import { distinctSkills, knownName, normaliseSkill, squash } from '@/lib/fit/normalise-skill';
import { SKILL_SYNONYMS } from '@/lib/fit/skill-synonyms';
import { savedPageItems } from '../db/saved-page-listings';

const keyOf = (raw: string) => normaliseSkill(raw)?.key ?? null;

describe('normaliseSkill', () => {
  it.each([
    ['JavaScript', 'javascript', ['JS', 'Javascript', 'javascript', ' java  script ', 'ES6']],
    ['Node.js', 'nodejs', ['Node', 'NodeJS', 'node js', 'Node.JS']],
    ['n8n', 'n8n', ['N8N', 'n8n.io', 'n8n workflows']],
    ['OpenAI API', 'openaiapi', ['ChatGPT API', 'ChatGPT API Integration', 'OpenAI']],
    ['Microsoft Excel', 'microsoftexcel', ['Excel', 'MS Excel', 'ms-excel']],
    ['WordPress', 'wordpress', ['Wordpress', 'WORDPRESS', 'WP', 'Word Press']],
    ['Make.com', 'makecom', ['Make integromat', 'Integromat', 'make.com']],
    ['WhatsApp', 'whatsapp', ['wathsapp', 'Whatsapp API']],
    ['Chatbot Development', 'chatbotdevelopment', ['Chatbots', 'AI Chatbot', 'chat-bot']],
    ['API', 'api', ['APIs', 'api']],
    ['REST API', 'restapi', ['RESTful API', 'Rest APIs']],
    ['Financial Modeling', 'financialmodeling', ['Financial Modelling']],
    ['Localization', 'localization', ['Localisation', 'Content Localisation']],
    ['Resume Writing', 'resumewriting', ['Résumé Writing', 'CV Writing']],
    ['Web Scraping', 'webscraping', ['Data Scraping', 'Web Crawling', 'web-scraping']],
    ['HighLevel', 'highlevel', ['GoHighLevel', 'GHL', 'Go High Level']],
    ['Search Engine Optimization', 'searchengineoptimization', ['SEO', 'Search Engine Optimisation']],
  ])('%s: every spelling is key %s', (name, key, spellings) => {
    for (const raw of [name, ...spellings]) expect(normaliseSkill(raw), raw).toEqual({ key, name });
  });

  it('meets British spellings also in skills the table does not know', () => {
    expect(keyOf('Data Visualisation')).toBe(keyOf('Data Visualization'));
    expect(keyOf('Customised Reports')).toBe(keyOf('customized reports'));
    expect(keyOf('3D Modelling')).toBe(keyOf('3D Modeling'));
  });

  it('keeps different skills apart', () => {
    const keys = ['C', 'C++', 'C#', 'Java', 'JavaScript', 'React', 'React Native', 'ChatGPT', 'OpenAI API', 'Artificial Intelligence', 'Adobe Illustrator'].map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps a skill the table does not know as written, its key from letters and digits', () => {
    expect(normaliseSkill('Business Process Automation')).toEqual({ key: 'businessprocessautomation', name: 'Business Process Automation' });
    expect(normaliseSkill('  Supabase   PostgreSQL backend ')).toEqual({ key: 'supabasepostgresqlbackend', name: 'Supabase PostgreSQL backend' });
    expect(normaliseSkill('ترجمہ')).toEqual({ key: 'ترجمہ', name: 'ترجمہ' });
  });

  it.each([[''], ['   '], ['—'], ['!!!'], ['x'.repeat(121)]])('is null for %j', (raw) => {
    expect(normaliseSkill(raw)).toBeNull();
  });

  it('maps a key back to itself (stored keys never need rewriting)', () => {
    const raws = [...Object.entries(SKILL_SYNONYMS).flat(2), ...savedPageItems().flatMap((i) => i.listing.skills)];
    for (const raw of raws) {
      const key = keyOf(raw)!;
      expect(keyOf(key), raw).toBe(key);
    }
    expect(knownName('nodejs')).toBe('Node.js');
    expect(knownName('supabasepostgresqlbackend')).toBeNull();
  });
});

describe('the synonym table', () => {
  const entries = Object.entries(SKILL_SYNONYMS);

  it('has 80 to 150 skills, each with at least one other spelling', () => {
    expect(entries.length).toBeGreaterThanOrEqual(80);
    expect(entries.length).toBeLessThanOrEqual(150);
    for (const [name, variants] of entries) expect(variants.length, name).toBeGreaterThan(0);
  });

  it('gives each spelling one skill, and lists no spelling that would match anyway', () => {
    const owner = new Map<string, string>();
    for (const [name, variants] of entries) {
      const own = squash(name);
      expect(normaliseSkill(name)?.name, name).toBe(name);
      for (const spelling of [name, ...variants]) {
        const key = squash(spelling);
        expect(key.length, spelling).toBeGreaterThan(0);
        expect(owner.get(key) ?? name, `${spelling} is under ${owner.get(key)} and ${name}`).toBe(name);
        owner.set(key, name);
        if (spelling !== name) expect(key, `${spelling} already matches ${name}`).not.toBe(own);
      }
    }
  });
});

describe('skills of the real saved pages', () => {
  const items = savedPageItems();
  const merged = items.flatMap(({ listing }) => {
    const distinct = distinctSkills(listing.skills);
    return distinct.length < listing.skills.length ? [[listing.id, listing.skills.length, distinct.length] as const] : [];
  });

  it('normalises every skill of every listing', () => {
    const skills = items.flatMap((i) => i.listing.skills);
    expect(skills.length).toBe(626);
    expect(skills.every((s) => normaliseSkill(s) !== null)).toBe(true);
  });

  it('merges exactly the duplicate spellings the pages show', () => {
    expect(merged).toEqual([
      ['~022045896240399778330', 33, 31], // "AI Chatbot", "Chatbot Integration", "Chatbot Development"
      ['~022045911289629925454', 15, 14], // "AI Chatbot" is "Chatbot Development"; "Automated Workflow"
      ['~022045907808348385375', 17, 16], // "AI Chatbot" and "Chatbot Development"
      ['~022045830357404463199', 6, 5], // "AI Bot" and "Chatbot Development"
      ['~0168973738d500d616', 3, 2], // HTML and HTML5
      ['~01c08911c7bd029b3e', 10, 9], // HTML and HTML5
      ['~010973f9a5f9a751b6', 9, 8], // "Document Translation" and "Translation"
      ['~011e247cd9d29c9bb7', 4, 3], // "Caption" and "Subtitles"
      ['~016d6ae5dc92c1e5da', 7, 6], // "Article" and "Article Writing"
      ['~022024533390197622490', 6, 5], // "AI Image Generator" and "AI Image Generation"
      ['~022058750483565374702', 4, 3], // "Data Scraping" and "Web Crawling"
      ['~022058747006620143998', 16, 15], // "RESTful API" and "REST API"
      ['~022058610115390181869', 17, 16], // "Python Script" and "Python"
      ['~022058579552964940269', 19, 18], // "Python Script" and "Python"
      ['~022058571333031259163', 4, 3], // "Data Scraping" and "Web Crawling"
      ['229608247', 5, 4], // Fiverr tags "b2b lead generation" and "lead generation"
    ]);
  });
});
