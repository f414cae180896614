// Stored labels: every mode (old and new) and every category round-trips through the compact
// code, and a code stored before the new modes reads back unchanged.
import { describe, expect, test } from 'vitest';
import { codeLabel, readLabel, storedLabel, wordLabel, type LabelCode } from '@/lib/db/label-code';
import { LabelSchema, RISK_MODES } from '@/lib/model/label';
import { labelWith } from '@/lib/rules/engine';
import { CATEGORIES } from '@/lib/taxonomy/categories';

const TITLES: [title: string, mode: string][] = [
  ['Translate a website from English to German', 'automation'],
  ['Build an AI agent with LangChain and the OpenAI API', 'builds-ai'],
  ['Yoga instructor for live online classes', 'human-only'],
  ['Create product images with Midjourney for our shop', 'operates-ai'],
  ['Human editor to make ChatGPT articles sound natural', 'reviews-ai'],
];

describe('label codes', () => {
  test.each(TITLES)('%s (%s) is stored coded and reads back the same', (title, mode) => {
    const label = labelWith({ title });
    expect(label.risk!.mode).toBe(mode);
    const stored = storedLabel(label);
    expect(Array.isArray(stored)).toBe(true);
    expect(readLabel(stored)).toEqual(label);
  });

  test('every mode has a stable index, the old four first', () => {
    expect(RISK_MODES.slice(0, 4)).toEqual(['automation', 'augmentation', 'builds-ai', 'human-only']);
    for (const mode of RISK_MODES) {
      const label = labelWith({ title: 'Translate a website' });
      const withMode = { ...label, risk: { ...label.risk!, mode } };
      expect(wordLabel(codeLabel(withMode)).risk!.mode).toBe(mode);
      expect(LabelSchema.safeParse(withMode).success).toBe(true);
    }
  });

  test('every category id reads back with its name and top level', () => {
    for (const def of CATEGORIES) {
      const code: LabelCode = [def.id, 80, 50, 2, 1, 60, [['category-prior']]];
      const label = wordLabel(code);
      expect(label.category).toEqual({ id: def.id, name: def.name, upwork: def.upwork, confidence: 0.8 });
      expect(LabelSchema.safeParse(label).success).toBe(true);
    }
  });

  test('a code stored with an old mode index reads as that mode', () => {
    const old: LabelCode = ['ai-development', 90, 5, 0, 2, 80, [['category-prior']]];
    expect(wordLabel(old).risk!.mode).toBe('builds-ai');
  });
});
