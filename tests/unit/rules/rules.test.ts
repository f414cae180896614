// One table row per rule: an input, and the codes it must produce (the category prior aside).
import { describe, expect, test } from 'vitest';
import { labelWith, type Labelable } from '@/lib/rules/engine';
import { PRIOR_RULE_ID, RULES } from '@/lib/rules/rules';

const codes = (l: Labelable) => labelWith(l).risk!.reasons.map((r) => r.code).filter((c) => c !== PRIOR_RULE_ID);
const neutral = 'Organise my Google Drive folders';

const TABLE: [rule: string, listing: Labelable, codes: string[]][] = [
  ['task-translate', { title: 'Translate a user manual into Spanish' }, ['task-translate']],
  ['task-proofread', { title: 'Proofread my thesis chapter' }, ['task-proofread']],
  ['task-rewrite', { title: 'Rewrite 20 blog articles in a friendlier tone' }, ['task-rewrite']],
  ['task-transcribe', { title: 'Transcribe three podcast episodes' }, ['task-transcribe']],
  ['task-data-entry', { title: 'Copy paste contacts into a spreadsheet' }, ['task-data-entry']],
  ['task-product-descriptions', { title: 'Write product descriptions for 40 candles' }, ['task-product-descriptions']],
  ['task-simple-logo', { title: 'Simple logo for my bakery' }, ['task-simple-logo']],
  ['task-background-removal', { title: 'Remove background from 200 product photos' }, ['task-background-removal']],
  ['task-small-script', { title: 'Excel formula to split names' }, ['task-small-script']],
  ['task-voice-read', { title: 'Narration for a five-minute explainer' }, ['task-voice-read']],
  ['task-simple-analysis', { title: 'Pivot table of monthly orders' }, ['task-simple-analysis']],
  ['task-ai-output', { title: 'Edit AI-generated articles' }, ['task-ai-output']],
  ['operates-ai-tools', { title: 'Create product images with Midjourney' }, ['operates-ai-tools']],
  ['protect-strategy', { title: 'Content strategy for a SaaS launch' }, ['protect-strategy']],
  ['protect-architecture', { title: 'Design the architecture of a payments backend' }, ['protect-architecture']],
  ['protect-compliance', { title: 'HIPAA compliance review of our intake forms' }, ['protect-compliance']],
  ['protect-licensed', { title: 'Licensed electrician to review wiring plans' }, ['protect-licensed']],
  ['protect-on-site', { title: 'Photographer on site at our Berlin office' }, ['protect-on-site']],
  ['protect-live', { title: 'Host a live stream Q&A' }, ['protect-live']],
  ['protect-relationship', { title: 'Ongoing bookkeeping support' }, ['protect-relationship']],
  ['protect-accountability', { title: 'Supervise our support team and own the KPIs' }, ['protect-accountability']],
  ['protect-domain-depth', { title: 'Clinical trial protocol writer with a PhD' }, ['protect-domain-depth']],
  ['builds-ai-integration', { title: 'Integrate the OpenAI API into our Django app' }, ['builds-ai-integration']],
  ['builds-ai-agents', { title: 'Build AI agents with n8n for lead routing' }, ['builds-ai-agents']],
  ['builds-ai-training', { title: 'Fine-tune a YOLO model for defect detection' }, ['builds-ai-training']],
  ['builds-ai-evaluation', { title: 'Prompt engineering and model evaluation for a support bot' }, ['builds-ai-evaluation']],
  ['market-entry-level', { title: neutral, experience: 'entry' }, ['market-entry-level']],
  ['market-small-budget', { title: neutral, pay: { type: 'fixed', amount: 30, currency: 'USD' } }, ['market-small-budget']],
  ['market-short-job', { title: neutral, duration: 'Less than 1 month' }, ['market-short-job']],
  ['market-expert-level', { title: neutral, experience: 'expert' }, ['market-expert-level']],
  ['market-long-job', { title: neutral, duration: 'More than 6 months' }, ['market-long-job']],
  ['market-large-budget', { title: neutral, pay: { type: 'fixed', amount: 2500, currency: 'USD' } }, ['market-large-budget']],
];

describe('each rule fires on its own signal', () => {
  test.each(TABLE)('%s', (_rule, listing, expected) => expect(codes(listing)).toEqual(expected));

  test('every rule has a row', () => {
    expect(TABLE.map(([id]) => id).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  test('a neutral listing fires none', () => expect(codes({ title: neutral })).toEqual([]));
});

describe('conditions that must not fire', () => {
  test.each<[string, Labelable]>([
    ['writing about AI is not building it', { title: 'Write a blog post about AI agents and LLM tools' }],
    ['a tool the client uses, named only in the description, is not work done with it', { title: neutral, description: 'We draft with ChatGPT and Midjourney.' }],
    ['an article about AI tools does not operate them', { title: 'Blog post about AI tools for dentists' }],
    ['a routine analysis named only in the description is not the task asked for', { title: neutral, description: 'We keep a pivot table of the files.' }],
    ['hourly pay is not a small fixed budget', { title: neutral, pay: { type: 'hourly', min: 5, max: 10, currency: 'USD' } }],
    ['a zero budget is unknown, not small', { title: neutral, pay: { type: 'fixed', amount: 0, currency: 'USD' } }],
    ['a budget in rupees is not compared with dollars', { title: neutral, pay: { type: 'fixed', amount: 40, currency: 'INR' } }],
    ['intermediate level says nothing', { title: neutral, experience: 'intermediate' }],
    ['"1 to 3 months" is neither short nor long', { title: neutral, duration: '1 to 3 months' }],
  ])('%s', (_why, listing) => {
    expect(codes(listing)).toEqual([]);
  });
});

describe('effects', () => {
  test('a rule moves the score by its effect', () => {
    const base = labelWith({ title: neutral }).risk!.score;
    expect(labelWith({ title: neutral, experience: 'entry' }).risk!.score).toBe(base + 6);
    expect(labelWith({ title: neutral, experience: 'expert' }).risk!.score).toBe(base - 5);
  });

  test('a group moves the score no further than its limit', () => {
    const base = labelWith({ title: 'Photographer for our Berlin office' }).risk!;
    const many = labelWith({
      title: 'Photographer for our Berlin office',
      description: 'On site, in person, long-term retainer, live session, licensed, own the KPIs, compliance, strategy.',
    }).risk!;
    const fired = many.reasons.filter((r) => r.code.startsWith('protect-')).length;
    expect(fired).toBeGreaterThanOrEqual(6);
    expect(many.score).toBe(Math.max(20, base.score - 22));
  });
});
