// What a page says about its own category, read into the taxonomy. Upwork job pages state
// their category group, subcategory and occupation; Fiverr pages their category and
// subcategory names (breadcrumbs, `subCategoryData`), and URLs carry Fiverr slugs.
import { CATEGORIES } from './categories';
import { words } from './text';

/** Fiverr's top categories (Appendix B): slug, the names the site has shown, the taxonomy
 *  categories its subcategories fall into. */
const FIVERR_TOPS: [names: string, ids: string][] = [
  ['graphics-design|Graphics & Design', 'graphic-design logo-branding illustration image-editing ai-image-generation ui-ux-design product-design architecture-interior cad-3d'],
  ['programming-tech|Programming & Tech', 'software-development websites-cms mobile-development scripts-automation ai-development qa-testing game-development blockchain it-infrastructure cybersecurity erp-crm data-extraction engineering'],
  ['online-marketing|Digital Marketing', 'digital-marketing social-media marketing-strategy community-management lead-generation'],
  ['video-animation|Video & Animation', 'video-editing animation ai-video-generation transcription performing-arts'],
  ['writing-translation|Writing & Translation', 'content-writing ai-content-writing copywriting editing-proofreading creative-writing business-writing technical-writing translation interpretation-tutoring transcription market-research'],
  ['music-audio|Music & Audio', 'music-audio voice-over ai-audio-generation performing-arts'],
  ['business|Business', 'virtual-assistance customer-service market-research management-consulting project-management recruiting-hr legal accounting-finance lead-generation product-management'],
  // The 2025 menu: AI Development (apps, websites, chatbots, integrations, agents, fine-tuning),
  // Data, AI Artists, AI for Businesses (consulting, strategy, lessons), AI Video, AI Audio,
  // AI Content (content editing, writing prompts), Generative Engine Optimization.
  ['ai-services|AI Services', 'ai-development data-science data-annotation ai-image-generation ai-video-generation ai-audio-generation ai-content-writing editing-proofreading management-consulting coaching digital-marketing'],
  ['consulting-services|consulting|Consulting', 'management-consulting marketing-strategy accounting-finance legal recruiting-hr coaching it-infrastructure data-science'],
  ['data|Data', 'data-entry data-science data-extraction data-annotation'],
  ['photography|Photography', 'photography image-editing'],
  ['finance|Finance', 'accounting-finance bookkeeping'],
  ['lifestyle|Lifestyle|Personal Growth|Personal Growth & Hobbies', 'coaching interpretation-tutoring performing-arts'],
];

const key = (name: string): string => words(name).join(' ');
const INDEX = new Map(CATEGORIES.map((d, i) => [d.id, i]));

interface Lookups {
  /** Subcategory and occupation names → category indexes. */
  names: Map<string, number[]>;
  /** Top-level names → the category indexes they may hold. */
  tops: Map<string, number[]>;
}

let lookups: Lookups | null = null;

function add(map: Map<string, number[]>, name: string, i: number): void {
  const k = key(name);
  if (!k) return;
  const list = map.get(k) ?? [];
  if (!list.includes(i)) list.push(i);
  map.set(k, list);
}

function build(): Lookups {
  const names = new Map<string, number[]>();
  const tops = new Map<string, number[]>();
  CATEGORIES.forEach((d, i) => {
    for (const n of d.names.split('|')) add(names, n, i);
    for (const slug of d.fiverr.split('|')) add(names, slug.slice(slug.indexOf('/') + 1), i);
    add(tops, d.upwork, i);
  });
  for (const [topNames, ids] of FIVERR_TOPS) {
    for (const n of topNames.split('|')) for (const id of ids.split(' ')) add(tops, n, INDEX.get(id)!);
  }
  return { names, tops };
}

/** Categories a stated top-level name allows, or null when the name is absent or unknown. */
export function allowedBy(topName: string | null | undefined): readonly number[] | null {
  if (!topName) return null;
  lookups ??= build();
  return lookups.tops.get(key(topName)) ?? null;
}

/** The category a stated subcategory or occupation name means, if it names one we know. */
export function namedCategory(name: string | null | undefined, allowed: readonly number[] | null): number | null {
  if (!name) return null;
  lookups ??= build();
  const found = lookups.names.get(key(name));
  return found?.find((i) => !allowed || allowed.includes(i)) ?? null;
}
