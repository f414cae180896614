// The engine's contract: bands, floors, modes, where demand moves, options, and the label shape.
import { describe, expect, test } from 'vitest';
import { labelWith } from '@/lib/rules/engine';
import { levelOf } from '@/lib/rules/levels';
import { labelListing } from '@/lib/label/label-listing';
import { LabelSchema } from '@/lib/model/label';
import { CAVEAT } from '@/lib/rules/format';
import { SOURCE_BY_NUMBER } from '@/lib/rules/sources';
import { sampleListing } from '../foundation/sample-listing';

const risk = (title: string, more = {}) => labelWith({ title, ...more }).risk!;

describe('bands', () => {
  test.each([
    [0, 'very-low'], [19, 'very-low'], [20, 'low'], [39, 'low'], [40, 'medium'],
    [59, 'medium'], [60, 'high'], [77, 'high'], [78, 'very-high'], [100, 'very-high'],
  ])('%i → %s', (score, level) => expect(levelOf(score)).toBe(level));
});

describe('what a label says', () => {
  test('translation: very high, automation, the prior first, moves to growing neighbours', () => {
    const r = risk('Translate a website from English to German');
    expect([r.level, r.score, r.mode]).toEqual(['very-high', 96, 'automation']);
    expect(r.reasons.map((x) => x.code)).toEqual(['category-prior', 'task-translate']);
    expect(r.reasons[0]!.text).toBe(
      'Translation & localization: very high exposure by the evidence, causal displacement after ChatGPT, plus top exposure on every index.',
    );
    expect(r.movesTo.map((m) => m.categoryId)).toEqual(['interpretation-tutoring', 'qa-testing']);
    expect(r.movesTo[0]!.figure).toBe('language tutoring and interpretation +162% (Aug 2025)');
  });

  test('building AI: very low, builds-ai, nowhere to move', () => {
    const r = risk('Build an AI agent with LangChain and the OpenAI API');
    expect([r.level, r.mode, r.movesTo]).toEqual(['very-low', 'builds-ai', []]);
  });

  test('operating AI tools: the AI specialty, its own provisional prior that says the evidence is thin', () => {
    const label = labelWith({ title: 'Create product images with Midjourney' });
    expect([label.category!.id, label.risk!.mode, label.risk!.level]).toEqual(['ai-image-generation', 'operates-ai', 'high']);
    expect(label.risk!.reasons[0]!.text).toMatch(/thin evidence/);
    expect(label.risk!.confidence).toBeLessThan(labelWith({ title: 'Minimalist logo for a coffee shop' }).risk!.confidence);
  });

  test('reviewing AI output starts at most medium, and checking an AI system is not building it', () => {
    expect(risk('Humanize 20 AI-written blog posts')).toMatchObject({ mode: 'reviews-ai', level: 'medium', score: 46 });
    const qa = risk('QA tester to check our AI chatbot answers');
    expect([qa.mode, qa.reasons.some((r) => r.code.startsWith('builds-ai'))]).toEqual(['reviews-ai', false]);
  });

  test('the easiest task of a protected category starts at its own exposure', () => {
    const r = risk('Correlation matrix of 5 time series');
    expect([r.level, r.score, r.reasons.map((x) => x.code)]).toEqual(['high', 68, ['category-prior', 'task-simple-analysis']]);
  });

  test('embodied work may be very low and is human-only', () => {
    const r = risk('Yoga instructor for live online classes');
    expect([r.level, r.mode]).toEqual(['very-low', 'human-only']);
  });

  test('other work never falls below low, however many protective signals', () => {
    const r = risk('Senior data scientist', {
      experience: 'expert', duration: 'More than 6 months',
      description: 'Long-term strategy and architecture role; you own the KPIs and sign off on compliance. PhD required.',
    });
    expect([r.level, r.score, r.mode]).toEqual(['low', 20, 'augmentation']);
  });

  test('medium and low labels carry no moves; every move cites a source the panel can show', () => {
    expect(risk('Senior data scientist').movesTo).toEqual([]);
    for (const m of risk('Proofread my novel').movesTo) for (const n of m.sources) expect(SOURCE_BY_NUMBER.has(n)).toBe(true);
  });

  test('every reason has words and sources; the caveat is there for views to show', () => {
    for (const reason of risk('Data entry from PDF invoices', { experience: 'entry' }).reasons) {
      expect(reason.text.length).toBeGreaterThan(20);
      expect(reason.sources.length).toBeGreaterThan(0);
    }
    expect(CAVEAT).toMatch(/not replacement/);
  });

  test('labels are valid against the label schema', () => {
    for (const title of ['Translate a website', 'Build an AI agent', 'Logo', 'x']) {
      expect(LabelSchema.safeParse(labelWith({ title })).success).toBe(true);
    }
  });

  test('labelListing labels a full listing the same as labelWith without options', () => {
    const listing = sampleListing();
    expect(labelListing(listing)).toEqual(labelWith(listing));
    expect(labelListing(listing).category!.id).toBe('translation');
  });
});

describe('options', () => {
  const title = 'Translate a website from English to German';

  test('a disabled rule neither fires nor counts', () => {
    const on = risk(title);
    const off = labelWith({ title }, { disabledRules: ['task-translate'] }).risk!;
    expect(off.reasons.map((r) => r.code)).toEqual(['category-prior']);
    expect(off.score).toBe(on.score - 8);
  });

  test('without the category prior every listing starts at 50', () => {
    const r = labelWith({ title }, { disabledRules: ['category-prior'] }).risk!;
    expect([r.score, r.reasons.map((x) => x.code)]).toEqual([58, ['task-translate']]);
  });

  test('a custom keyword rule adds its effect and its own words', () => {
    const r = labelWith({ title, description: 'The site sells Shopify themes.' }, {
      customRules: [{ id: 'my-niche', name: 'My niche', words: ['shopify theme'], effect: -20, note: 'I know this market.' }],
    }).risk!;
    expect(r.score).toBe(risk(title, { description: 'The site sells Shopify themes.' }).score - 20);
    expect(r.reasons.at(-1)).toEqual({ code: 'custom:my-niche', text: 'Your rule “My niche” matched “shopify theme”: I know this market.', sources: [] });
  });

  test('custom rules that are switched off or malformed are skipped, never thrown on', () => {
    const junk: unknown[] = [null, 5, { id: 'x' }, { id: 'big', name: 'Big', words: ['website'], effect: 500 }, { id: 'off', name: 'Off', words: ['website'], effect: 10, enabled: false }];
    expect(labelWith({ title }, { customRules: junk })).toEqual(labelWith({ title }));
  });

  test('custom rules together move the score at most 50', () => {
    const rules = ['a', 'b'].map((id) => ({ id, name: id, words: ['google drive'], effect: 30 }));
    const r = labelWith({ title: 'Organise my Google Drive folders', experience: 'expert' }, { customRules: rules, disabledRules: ['category-prior'] }).risk!;
    expect(r.score).toBe(50 - 5 + 50);
  });
});
