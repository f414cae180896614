// One skill name → one key, however a client or seller wrote it: "JS", "Javascript" and
// "JavaScript" are the key `javascript`, shown as "JavaScript". Keys compare letters and
// digits only, so case, spaces and punctuation never split a skill; the synonym table
// (lib/fit/skill-synonyms.ts) joins the spellings that differ in letters.
// A key is the squashed form of its canonical name, or of the skill itself when the table
// does not know it, so a table that grows later maps keys stored earlier through
// `normaliseSkill(key)` to its new canonical key: stored keys never need rewriting.
import { SKILL_SYNONYMS } from './skill-synonyms';

export interface NormalSkill {
  /** Lower-case letters and digits (`+` and `#` kept: C++, C#). */
  key: string;
  /** The canonical name when the table knows the skill, else the skill as written. */
  name: string;
}

/** Longer names are sentences, not skills (the weekly aggregates skip them too). */
export const MAX_SKILL_LENGTH = 120;

/** British spellings that differ from Upwork's American names in more than punctuation. */
const SPELLINGS: readonly [RegExp, string][] = [
  [/isation(s?)\b/g, 'ization$1'],
  [/is(ing|ed|er|ers)\b/g, 'iz$1'],
  [/elling\b/g, 'eling'],
  [/\bcolour/g, 'color'],
  [/\banalyse/g, 'analyze'],
  [/\bcatalogue/g, 'catalog'],
  [/\bcentre/g, 'center'],
];

/** Lower case, Latin accents dropped, only letters, digits, `+` and `#` kept. */
export function squash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]/gu, '');
}

function american(lower: string): string {
  let out = lower;
  for (const [from, to] of SPELLINGS) out = out.replace(from, to);
  return out;
}

const keyOf = (text: string): string => squash(american(text.toLowerCase()));

let index: Map<string, string> | null = null;
/** Squashed spelling (canonical names and variants) → canonical name. */
function synonymIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  for (const [name, variants] of Object.entries(SKILL_SYNONYMS)) {
    for (const spelling of [name, ...variants]) {
      const key = keyOf(spelling);
      if (!index.has(key)) index.set(key, name);
    }
  }
  return index;
}

function canonicalOf(key: string): string | undefined {
  const known = synonymIndex();
  // Plurals of a known name ("Chatbots", "APIs") are the name.
  return known.get(key) ?? (key.endsWith('s') ? known.get(key.slice(0, -1)) : undefined);
}

const cache = new Map<string, NormalSkill | null>();
const CACHE_LIMIT = 10_000;

/** The key and display name of a skill as written; null when it has no letters or digits
 *  or is longer than a skill name. */
export function normaliseSkill(raw: string): NormalSkill | null {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const written = raw.replace(/\s+/g, ' ').trim();
  const key = keyOf(written);
  let out: NormalSkill | null = null;
  if (key.length > 0 && written.length <= MAX_SKILL_LENGTH) {
    const name = canonicalOf(key);
    out = name === undefined ? { key, name: written } : { key: keyOf(name), name };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, out);
  return out;
}

/** The canonical name of a key the table knows (for keys read back from aggregates). */
export function knownName(key: string): string | null {
  return canonicalOf(key) ?? null;
}

/** Distinct skills of a list, first spelling first; blanks dropped. */
export function distinctSkills(skills: readonly string[]): NormalSkill[] {
  const seen = new Map<string, NormalSkill>();
  for (const raw of skills) {
    const skill = normaliseSkill(raw);
    if (skill && !seen.has(skill.key)) seen.set(skill.key, skill);
  }
  return [...seen.values()];
}
