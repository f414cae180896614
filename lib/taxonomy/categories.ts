// The GigLens taxonomy: one category per row of the evidence table (§2 of
// ../shared/research/evidence.md; some rows split where Upwork splits them), each mapped to
// Upwork's top category and subcategory/occupation names and to Fiverr's slugs and names
// (Appendix B), so one taxonomy serves both sites. Order breaks ties: commoner work first.
import type { UpworkTopCategory } from '../model/label';

export interface CategoryDef {
  id: string;
  name: string;
  upwork: UpworkTopCategory;
  /** Row of the evidence table whose prior and trend apply. */
  row: number;
  /** Upwork subcategory names (Appendix B) that mean this category outright. Other stated
   *  names (occupations, Fiverr's display names) are read by their words instead. */
  names: string;
  /** Fiverr `category/subcategory` slugs (`/categories/<slug>`) from Appendix B. */
  fiverr: string;
}

const WEB = 'Web, Mobile & Software Dev';
const DES = 'Design & Creative';
const MKT = 'Sales & Marketing';
const ADM = 'Admin Support';
const WRI = 'Writing';
const DAT = 'Data Science & Analytics';
const ENG = 'Engineering & Architecture';
const ACC = 'Accounting & Consulting';
const ITN = 'IT & Networking';

const c = (id: string, name: string, upwork: UpworkTopCategory, row: number, names: string, fiverr = ''): CategoryDef =>
  ({ id, name, upwork, row, names, fiverr });

export const CATEGORIES: readonly CategoryDef[] = [
  c('software-development', 'Custom web, mobile & desktop software', WEB, 24,
    'Web Development|Desktop Application Development|Other - Software Development',
    'programming-tech/web-programming-services|programming-tech/desktop-app-services'),
  c('websites-cms', 'Websites, landing pages & CMS', WEB, 23,
    'Ecommerce Development',
    'programming-tech/website-development|programming-tech/wordpress-services|programming-tech/web-cms-services|programming-tech/ecommerce-services'),
  c('mobile-development', 'Mobile apps', WEB, 24, 'Mobile Development', 'programming-tech/mobile-app-services'),
  c('ui-ux-design', 'Web & mobile UI/UX design', WEB, 22,
    'Web & Mobile Design',
    'graphics-design/website-design|graphics-design/app-design|graphics-design/ux-design'),
  c('scripts-automation', 'Scripts, bots & automation', WEB, 25, 'Scripts & Utilities'),
  c('ai-development', 'AI apps, chatbots & agents', WEB, 27, 'AI Apps & Integration', 'programming-tech/chatbots'),
  c('qa-testing', 'QA & testing', WEB, 26,
    'QA Testing',
    'programming-tech/qa-services|programming-tech/user-testing-services'),
  c('game-development', 'Games', WEB, 24, 'Game Design & Development'),
  c('blockchain', 'Blockchain & crypto', WEB, 24, 'Blockchain, NFT & Cryptocurrency'),
  c('product-management', 'Product management & scrum', WEB, 12, 'Product Management & Scrum'),
  c('graphic-design', 'Graphic design', DES, 19,
    'Graphic, Editorial & Presentation Design',
    'graphics-design/social-media-design|graphics-design/product-packaging-design'),
  c('logo-branding', 'Logos & brand identity', DES, 19,
    'Branding & Logo Design',
    'graphics-design/creative-logo-design|graphics-design/brand-style-guides'),
  c('video-editing', 'Video editing & production', DES, 37,
    'Video & Animation',
    'video-animation/video-editing|video-animation/short-video-ads|video-animation/social-media-videos'),
  c('animation', 'Animation & motion graphics', DES, 38,
    '',
    'video-animation/animated-explainer-videos|video-animation/logo-animation-services|video-animation/visual-effects'),
  c('illustration', 'Illustration & art', DES, 20,
    'Art & Illustration|NFT, AR/VR & Game Art',
    'graphics-design/digital-illustration'),
  c('image-editing', 'Image editing & presentations', DES, 21,
    '',
    'graphics-design/presentations-design|graphics-design/buy-photos-online-photoshopping'),
  c('voice-over', 'Voice-over & narration', DES, 39, '', 'music-audio/voice-overs|music-audio/audiobook-production'),
  c('music-audio', 'Music & audio production', DES, 40,
    'Audio & Music Production',
    'music-audio/mixing-mastering|music-audio/producers-composers|music-audio/podcast-editing|music-audio/sound-design'),
  c('photography', 'Photography', DES, 41, 'Photography'),
  c('product-design', 'Product, fashion & industrial design', DES, 35,
    'Product Design',
    'graphics-design/product-design-services'),
  c('performing-arts', 'Acting, singing & performing', DES, 42, 'Performing Arts'),
  // The AI specialties: output made by operating AI tools (Upwork's specialty names, Appendix B;
  // Fiverr's AI Services menu, 2025). Each keeps its evidence row for the trend; its prior is
  // its own (lib/rules/priors.ts SPECIALTY_PRIORS).
  c('ai-image-generation', 'AI image generation & editing', DES, 20, 'AI Image Generation & Editing', 'graphics-design/ai-art-prompt'),
  c('ai-video-generation', 'AI video generation & editing', DES, 37, 'AI Video Generation & Editing'),
  c('ai-audio-generation', 'AI speech & audio generation', DES, 39, 'AI Speech & Audio Generation'),
  c('social-media', 'Social media marketing', MKT, 16, '', 'online-marketing/social-marketing'),
  c('digital-marketing', 'SEO, ads & email marketing', MKT, 17,
    'Digital Marketing',
    'online-marketing/seo-services|online-marketing/search-engine-marketing|online-marketing/social-media-advertising|online-marketing/email-marketing'),
  c('lead-generation', 'Lead generation & sales', MKT, 15, 'Lead Generation & Telemarketing', 'business/sales'),
  c('marketing-strategy', 'Marketing, PR & brand strategy', MKT, 18,
    'Marketing, PR & Brand Strategy',
    'online-marketing/public-relations|online-marketing/marketing-strategy|online-marketing/content-marketing'),
  c('virtual-assistance', 'Virtual & admin assistance', ADM, 11,
    'Virtual Assistance',
    'business/virtual-assistant-services'),
  c('data-entry', 'Data entry', ADM, 10, 'Data Entry & Transcription Services', 'data/data-entry'),
  c('transcription', 'Transcription & captions', ADM, 9,
    '',
    'writing-translation/transcription|video-animation/subtitles-captions'),
  c('market-research', 'Market & product research', ADM, 13,
    'Market Research & Product Reviews',
    'business/market-research-reports|writing-translation/research-summaries'),
  c('project-management', 'Project management', ADM, 12, 'Project Management', 'business/project-management'),
  c('content-writing', 'Articles, blogs & web content', WRI, 1,
    'Content Writing',
    'writing-translation/articles-blogposts|writing-translation/website-content'),
  c('copywriting', 'Copywriting', WRI, 2,
    'Sales & Marketing Copywriting',
    'writing-translation/sales-copy|writing-translation/ad-copy|writing-translation/email-copy|writing-translation/social-media-copywriting|writing-translation/product-description'),
  c('editing-proofreading', 'Editing & proofreading', WRI, 3,
    'Editing & Proofreading Services',
    'writing-translation/proofreading-editing'),
  c('creative-writing', 'Creative writing, ghostwriting & scripts', WRI, 6,
    '',
    'writing-translation/creative-writing|writing-translation/script-writing|writing-translation/book-and-ebook-writing'),
  c('business-writing', 'Resumes, proposals, grants & academic writing', WRI, 5,
    'Professional & Business Writing',
    'writing-translation/resume-writing|writing-translation/cover-letter-services|writing-translation/grant-writing-services'),
  c('technical-writing', 'Technical writing', WRI, 4, '', 'writing-translation/technical-writing-services'),
  c('ai-content-writing', 'AI content writing', WRI, 1, 'AI Content Writing'),
  c('translation', 'Translation & localization', 'Translation', 7,
    'Translation & Localization Services',
    'writing-translation/quality-translation-services|writing-translation/localization'),
  c('interpretation-tutoring', 'Live interpretation & language tutoring', 'Translation', 8,
    'Language Tutoring & Interpretation'),
  c('customer-service', 'Customer service & support', 'Customer Service', 14,
    'Customer Service & Tech Support',
    'business/customer-care'),
  c('community-management', 'Community management & moderation', 'Customer Service', 16,
    'Community Management & Tagging',
    'online-marketing/community-management'),
  c('data-science', 'Data science, analytics & ML', DAT, 28,
    'AI & Machine Learning|Data Analysis & Testing|Data Mining & Management|Data Design & Visualization',
    'data/data-analytics|data/data-visualization|data/data-science|data/databases|data/data-engineering'),
  c('data-extraction', 'Web scraping & data extraction', DAT, 25, 'Data Extraction/ETL'),
  c('data-annotation', 'Data annotation & labeling', DAT, 29, '', 'data/data-processing'),
  c('it-infrastructure', 'IT, cloud, DevOps & networks', ITN, 30,
    'Network & System Administration|DevOps & Solution Architecture|Database Management & Administration',
    'programming-tech/support-it-services'),
  c('cybersecurity', 'Cybersecurity & compliance', ITN, 30,
    'Information Security & Compliance',
    'programming-tech/cybersecurity-data-protection'),
  c('erp-crm', 'ERP & CRM software', ITN, 24, 'ERP/CRM Software'),
  c('cad-3d', 'CAD & 3D modeling', ENG, 35, '3D Modeling & CAD'),
  c('engineering', 'Engineering & sciences', ENG, 35,
    'Civil & Structural Engineering|Electrical & Electronic Engineering|Energy & Mechanical Engineering|Chemical Engineering|Physical Sciences|Contract Manufacturing'),
  c('architecture-interior', 'Architecture & interior design', ENG, 36,
    'Building & Landscape Architecture|Interior & Trade Show Design',
    'graphics-design/architectural-design-services'),
  c('bookkeeping', 'Bookkeeping', ACC, 31, 'Accounting & Bookkeeping'),
  c('accounting-finance', 'Accounting, tax & financial analysis', ACC, 32,
    'Financial Planning|Other - Accounting & Consulting',
    'business/financial-consulting-services'),
  c('management-consulting', 'Business consulting & plans', ACC, 33,
    'Management Consulting & Analysis',
    'business/business-plans'),
  c('recruiting-hr', 'Recruiting & HR', ACC, 33, 'Recruiting & Human Resources', 'business/hr-consulting'),
  c('coaching', 'Coaching, training & wellness', ACC, 42, 'Personal & Professional Coaching'),
  c('legal', 'Legal work', 'Legal', 34,
    'Corporate & Contract Law|Finance & Tax Law|International & Immigration Law|Public Law',
    'business/legal-consulting-services'),
];

export const CATEGORY_BY_ID: ReadonlyMap<string, CategoryDef> = new Map(CATEGORIES.map((d) => [d.id, d]));

/** Classic work and the AI specialty it is when its output is made with AI tools (Upwork files
 *  AI Content Writing under Content Writing, AI Image Generation & Editing under design, and so
 *  on: Appendix B). */
export const MADE_WITH_AI: ReadonlyMap<string, string> = new Map([
  ['content-writing', 'ai-content-writing'],
  ['image-editing', 'ai-image-generation'],
  ['illustration', 'ai-image-generation'],
  ['photography', 'ai-image-generation'],
  ['video-editing', 'ai-video-generation'],
  ['animation', 'ai-video-generation'],
  ['voice-over', 'ai-audio-generation'],
  ['music-audio', 'ai-audio-generation'],
]);

/** An AI specialty and the classic work that checks and fixes its output ("humanize AI-written
 *  posts" is editing; Fiverr files AI Content Editing under Proofreading & Editing). */
export const REVIEWED_AS: ReadonlyMap<string, string> = new Map([
  ['ai-content-writing', 'editing-proofreading'],
  ['ai-image-generation', 'image-editing'],
  ['ai-video-generation', 'video-editing'],
  ['ai-audio-generation', 'voice-over'],
]);
