// Where demand moves: for high-risk work, adjacent categories whose demand the evidence shows
// growing (§2 "Demand trend" column of ../shared/research/evidence.md), with the figure.
import type { Move } from '../model/label';
import { CATEGORY_BY_ID } from '../taxonomy/categories';

/** Growing categories, by taxonomy id: the figure as the source states it. */
const GROWTH: Readonly<Record<string, [figure: string, sources: number[]]>> = {
  'ai-development': ['AI-related work on Upwork +52% y/y (Q3 2025)', [20]],
  'marketing-strategy': ['marketing, PR & brand strategy +43% y/y (Dec 2025)', [23]],
  'video-editing': ['video editing and production posts +39% (Nov 2022 to Feb 2024)', [9]],
  animation: ['video & animation +27% among small businesses (Aug 2025)', [23]],
  'interpretation-tutoring': ['language tutoring and interpretation +162% (Aug 2025)', [23]],
  'project-management': ['project management +23% m/m, +70% among small businesses (Dec 2025)', [23]],
  'data-science': ['AI & machine learning +16% m/m (Nov 2025); data mining +26% (Oct 2025)', [23]],
  'community-management': ['community management +29% m/m (Oct 2025)', [23]],
  'qa-testing': ['QA testing +19% m/m (Nov 2025), human validation of AI output', [23]],
  'recruiting-hr': ['recruiting & HR +26% (Sep 2025)', [23]],
  'ui-ux-design': ['web design posts +10%, hourly pay up (Nov 2022 to Feb 2024)', [9]],
  'digital-marketing': ['digital marketing +9% (Sep 2025)', [23]],
  'accounting-finance': ['accounting & bookkeeping +15% m/m (Dec 2025)', [23]],
  'software-development': ['back-end +6%, front-end +4% posts (Nov 2022 to Feb 2024)', [9]],
  photography: ['photography double-digit m/m growth (Nov 2025)', [23]],
};

/** From a high-risk category to its growing neighbours, nearest first. */
const NEIGHBOURS: Readonly<Record<string, string>> = {
  'content-writing': 'marketing-strategy video-editing ai-development',
  copywriting: 'marketing-strategy digital-marketing video-editing',
  'editing-proofreading': 'qa-testing marketing-strategy',
  'technical-writing': 'qa-testing ai-development project-management',
  'business-writing': 'recruiting-hr marketing-strategy',
  'creative-writing': 'video-editing animation',
  translation: 'interpretation-tutoring qa-testing',
  transcription: 'interpretation-tutoring video-editing',
  'data-entry': 'data-science project-management',
  'virtual-assistance': 'project-management community-management',
  'market-research': 'data-science marketing-strategy',
  'customer-service': 'community-management project-management',
  'lead-generation': 'marketing-strategy digital-marketing',
  'graphic-design': 'ui-ux-design video-editing animation',
  'logo-branding': 'ui-ux-design marketing-strategy animation',
  illustration: 'animation video-editing',
  'image-editing': 'video-editing photography',
  'websites-cms': 'ai-development software-development',
  'scripts-automation': 'ai-development data-science',
  'data-extraction': 'data-science ai-development',
  bookkeeping: 'accounting-finance',
  'ai-content-writing': 'marketing-strategy video-editing ai-development',
  'ai-image-generation': 'ui-ux-design animation ai-development',
  'ai-audio-generation': 'video-editing animation ai-development',
  'ai-video-generation': 'animation ai-development',
  'voice-over': 'video-editing animation',
  // Medium and low categories reach high only through their listing's own signals.
  'software-development': 'ai-development qa-testing',
  'mobile-development': 'ai-development ui-ux-design',
  'ui-ux-design': 'ai-development animation',
  'ai-development': 'data-science',
  'qa-testing': 'ai-development project-management',
  'game-development': 'animation ai-development',
  blockchain: 'ai-development software-development',
  'product-management': 'project-management ai-development',
  'video-editing': 'animation ai-development',
  animation: 'video-editing ai-development',
  'music-audio': 'video-editing animation',
  photography: 'video-editing',
  'product-design': 'ui-ux-design animation',
  'performing-arts': 'video-editing',
  'social-media': 'community-management marketing-strategy video-editing',
  'digital-marketing': 'marketing-strategy data-science',
  'marketing-strategy': 'digital-marketing project-management',
  'interpretation-tutoring': 'community-management project-management',
  'project-management': 'ai-development data-science',
  'community-management': 'project-management marketing-strategy',
  'data-science': 'ai-development',
  'data-annotation': 'qa-testing ai-development data-science',
  'it-infrastructure': 'ai-development data-science',
  cybersecurity: 'ai-development software-development',
  'erp-crm': 'ai-development project-management',
  'cad-3d': 'animation video-editing',
  engineering: 'data-science project-management',
  'architecture-interior': 'project-management animation',
  'accounting-finance': 'data-science project-management',
  'management-consulting': 'project-management marketing-strategy recruiting-hr',
  'recruiting-hr': 'project-management',
  coaching: 'interpretation-tutoring video-editing',
  legal: 'project-management',
};

const cache = new Map<string, Move[]>();

/** One to three growing neighbours of a category (none when it has no listed neighbours). */
export function movesFrom(categoryId: string): Move[] {
  let moves = cache.get(categoryId);
  if (!moves) {
    moves = neighboursOf(categoryId).slice(0, 3).flatMap((id) => {
      const growth = GROWTH[id];
      const def = CATEGORY_BY_ID.get(id);
      return growth && def ? [{ categoryId: id, name: def.name, figure: growth[0], sources: growth[1] }] : [];
    });
    cache.set(categoryId, moves);
  }
  return moves.slice();
}

export const growthOf = (categoryId: string) => GROWTH[categoryId];
export const neighboursOf = (categoryId: string): string[] => NEIGHBOURS[categoryId]?.split(' ') ?? [];
