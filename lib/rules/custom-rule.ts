// The user's own keyword rules (dashboard settings). This file holds the shape the engine
// reads and compiles it; validation with messages for the dashboard is in custom-rule-schema.ts.
// The engine runs in content scripts, so it checks shape cheaply and skips what it cannot use.
import { phraseTable, type PhraseTable } from '../taxonomy/phrase-table';
import { addPhrases, type PhraseIndex } from '../taxonomy/phrases';

export interface CustomRule {
  /** Lower-case letters, digits and dashes; reasons carry it as `custom:<id>`. */
  id: string;
  name: string;
  /** Phrases, any of which makes the rule fire (matched like the built-in rules). */
  words: string[];
  /** Points added to the 0..100 risk score, -50..50. */
  effect: number;
  note?: string | null;
  enabled?: boolean;
}

export interface CompiledCustom {
  rules: CustomRule[];
  /** By stem id: compiling registers the phrases' words, so compile before reading a listing. */
  index: PhraseTable<number>;
}

const compiled = new WeakMap<readonly unknown[], CompiledCustom>();
let none: CompiledCustom | null = null;

function usable(rule: unknown): rule is CustomRule {
  if (typeof rule !== 'object' || rule === null) return false;
  const r = rule as Partial<CustomRule>;
  return (
    typeof r.id === 'string' && typeof r.name === 'string' && Array.isArray(r.words) &&
    r.words.every((w) => typeof w === 'string') && typeof r.effect === 'number' &&
    Number.isFinite(r.effect) && Math.abs(r.effect) <= 50 && r.enabled !== false
  );
}

/** Compiles once per array (settings objects are replaced, not mutated, when they change). */
export function compileCustom(rules: readonly unknown[]): CompiledCustom {
  // Most labels have none: no look-up for them.
  if (!rules.length) return (none ??= { rules: [], index: phraseTable(new Map()) });
  let result = compiled.get(rules);
  if (!result) {
    const kept = rules.filter(usable);
    const index: PhraseIndex<number> = new Map();
    kept.forEach((rule, i) => {
      for (const phrase of rule.words) if (!phrase.includes('|')) addPhrases(index, phrase, i);
    });
    result = { rules: kept, index: phraseTable(index) };
    compiled.set(rules, result);
  }
  return result;
}
