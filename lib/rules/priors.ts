// The starting score of each evidence row (../shared/research/evidence.md §2): its risk band
// (§1 rubric) placed on 0..100, nudged by the exposure priors of Appendix A, with the row's
// own reason and the sources behind it.
import type { CategoryDef } from '../taxonomy/categories';

export type Evidence = 'causal' | 'exposure' | 'provisional';

export interface Prior {
  score: number;
  /** causal: platform studies measured a change; exposure: indices only; provisional: proxies. */
  evidence: Evidence;
  why: string;
  sources: number[];
  /** builds-ai and embodied work alone may fall to very low (§1: "minimal exposure on all
   *  indices, or work that builds AI systems"); embodied and in-person work is human-only;
   *  operates-ai work makes its output with AI tools. */
  work?: 'builds-ai' | 'embodied' | 'in-person' | 'operates-ai';
}

const p = (score: number, evidence: Evidence, why: string, sources: number[], work?: Prior['work']): Prior =>
  work ? { score, evidence, why, sources, work } : { score, evidence, why, sources };

/** By evidence row number. */
export const PRIORS: Readonly<Record<number, Prior>> = {
  1: p(86, 'causal', 'largest, most-replicated causal declines after ChatGPT, plus top exposure', [1, 2, 4, 5, 11, 15]),
  2: p(72, 'causal', 'text generation substitutes short copy; brand and strategy less so', [1, 2, 11, 12, 15]),
  3: p(86, 'causal', 'near-complete task overlap with language models', [3, 11, 12, 14, 15]),
  4: p(66, 'exposure', 'high exposure; domain knowledge moderates it', [11, 12, 15]),
  5: p(70, 'exposure', 'templated documents, easily drafted by a language model', [1, 2, 11, 15]),
  6: p(66, 'causal', 'exposed; voice, rights and long-form quality moderate it', [3, 11]),
  7: p(88, 'causal', 'causal displacement after ChatGPT, plus top exposure on every index', [5, 6, 11, 14, 15]),
  8: p(48, 'exposure', 'exposed occupation, but spoken real-time work with rising demand', [11, 15, 23]),
  9: p(84, 'exposure', 'speech-to-text automates the core task', [11, 14]),
  10: p(88, 'exposure', 'uniform, fully automatable tasks (highest ILO exposure of 427 occupations)', [11, 14, 15]),
  11: p(66, 'exposure', 'many clerical subtasks automatable; relationship work remains', [11, 14, 15]),
  12: p(30, 'exposure', 'coordination and accountability; demand rising', [11, 15, 23]),
  13: p(68, 'exposure', 'desk research and summaries heavily automated', [12, 15, 18]),
  14: p(70, 'causal', 'chatbots substitute first-line support', [9, 11, 14, 15, 19]),
  15: p(70, 'exposure', 'scripted outreach and list building automatable', [11, 12, 14, 15]),
  16: p(50, 'exposure', 'content drafting exposed; engagement and moderation judgment remain', [1, 11, 12]),
  17: p(48, 'exposure', 'tool-augmented and accountable for outcomes', [11, 12]),
  18: p(44, 'exposure', 'strategy and relationships offset drafting exposure', [11, 12, 14]),
  19: p(68, 'causal', 'causal decline after image generators; template logos most at risk', [1, 4, 11, 12, 14]),
  20: p(66, 'causal', 'image generators substitute commodity illustration (indices disagree)', [1, 12, 14]),
  21: p(66, 'exposure', 'AI image and slide tools cover routine edits', [11, 12, 15]),
  22: p(50, 'exposure', 'exposed, but demand and pay rose', [9, 11, 15]),
  23: p(66, 'causal', 'site builders and code generation cover commodity sites', [2, 11, 14, 15]),
  24: p(48, 'causal', 'causal evidence mixed; complex builds still need engineers', [6, 11, 14, 15, 19]),
  25: p(68, 'exposure', 'small self-contained coding tasks are the most automatable', [11, 14, 18]),
  26: p(50, 'exposure', 'exposed, but demand for human validation of AI output is rising', [11, 15, 23]),
  27: p(10, 'causal', 'the work builds AI, and its demand is rising fast', [5, 9, 20, 22, 24, 25], 'builds-ai'),
  28: p(30, 'causal', 'complementary to AI; demand and pay rising', [5, 11, 14, 15]),
  29: p(50, 'exposure', 'demand tied to model training; increasingly model-assisted', [9, 23]),
  30: p(30, 'exposure', 'system access, accountability and incident response', [11, 14, 15]),
  31: p(70, 'exposure', 'rule-based ledger work is highly automatable', [11, 14]),
  32: p(50, 'exposure', 'exposed, but judgment and liability; demand steady', [11, 12, 14, 18]),
  33: p(48, 'exposure', 'high text exposure, offset by judgment and client trust', [12, 14, 15]),
  34: p(46, 'exposure', 'document drafting exposed; licensing and liability protect', [11, 12, 14, 15]),
  35: p(46, 'causal', 'measured but smaller decline; liability and physical constraints', [2, 12, 14]),
  36: p(32, 'exposure', 'renders exposed, licensed and site work not', [12, 14, 15]),
  37: p(48, 'causal', 'demand growing fast, but AI video tools and falling hourly rates', [2, 9, 11, 12, 15]),
  38: p(50, 'exposure', 'generative video rising; craft still needed', [11, 12, 15]),
  39: p(64, 'provisional', 'text-to-speech substitutes commodity reads (no causal freelance estimate yet)', [11, 14, 15]),
  40: p(28, 'exposure', 'low exposure on every index; AI music is an emerging risk', [11, 14, 15]),
  41: p(26, 'exposure', 'physical presence; synthetic product shots a partial threat', [11, 12, 14], 'in-person'),
  42: p(10, 'exposure', 'embodied, live, interpersonal work', [11, 12, 14], 'embodied'),
};

/** The AI specialties the platforms now name beside the classic work (Upwork's AI Content
 *  Writing, AI Image Generation & Editing, AI Speech & Audio Generation, AI Video Generation &
 *  Editing; Fiverr's AI Services, Appendix B): output made by operating AI tools. They share
 *  their evidence row's trend, but their exposure is their own: the client can run the same
 *  tools. No study measures these specialties yet, so each is provisional and says so. */
export const SPECIALTY_PRIORS: Readonly<Record<string, Prior>> = {
  'ai-content-writing': p(74, 'provisional', 'text made with AI tools the client can run too, in the work that fell most after ChatGPT; thin evidence: no study measures the specialty itself', [1, 2, 11, 15], 'operates-ai'),
  'ai-image-generation': p(62, 'provisional', 'images made with generators the client can run too (image-creation posts fell 17% after them), though AI images are among the skills clients hire most; thin evidence: no study measures the specialty itself', [1, 12, 20], 'operates-ai'),
  'ai-audio-generation': p(66, 'provisional', 'speech and audio made with text-to-speech the client can run too; thin evidence: no platform figure for the specialty', [11, 14, 15], 'operates-ai'),
  'ai-video-generation': p(52, 'provisional', 'AI-made video is among the skills clients hire most and video demand grew, but the generators improve fast; thin evidence: no causal estimate', [9, 20, 23], 'operates-ai'),
};

/** A category's prior: its own where it is an AI specialty, else its evidence row's. */
export const priorOf = (def: Pick<CategoryDef, 'id' | 'row'>): Prior => SPECIALTY_PRIORS[def.id] ?? PRIORS[def.row]!;
