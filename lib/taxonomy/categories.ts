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
  /** Names the platforms use for it: Upwork subcategories and occupations, Fiverr subcategories. */
  names: string;
  /** Fiverr `category/subcategory` slugs (`/categories/<slug>`). */
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
    'Web Development|Full Stack Development|Front-End Development|Back-End Development|Desktop Application Development|Desktop Software Development|Database Development|Other - Software Development|Firmware Development|Emerging Tech|AR/VR Development|Coding Tutoring|Web Programming',
    'programming-tech/web-programming-services|programming-tech/desktop-app-services|programming-tech/software-development'),
  c('websites-cms', 'Websites, landing pages & CMS', WEB, 23,
    'Ecommerce Development|Ecommerce Website Development|CMS Development|Web Design|WordPress|Website Builders & CMS|Website Development|E-Commerce Development|Landing Pages',
    'programming-tech/website-development|programming-tech/wordpress-services|programming-tech/web-cms-services|programming-tech/ecommerce-services'),
  c('mobile-development', 'Mobile apps', WEB, 24, 'Mobile Development|Mobile App Development|Mobile Apps', 'programming-tech/mobile-app-services'),
  c('ui-ux-design', 'Web & mobile UI/UX design', WEB, 22,
    'Web & Mobile Design|UX/UI Design|Mobile Design|Prototyping|Website Design|App Design|UX Design',
    'graphics-design/website-design|graphics-design/app-design|graphics-design/ux-design'),
  c('scripts-automation', 'Scripts, bots & automation', WEB, 25, 'Scripts & Utilities|Scripting & Automation|Convert Files', 'programming-tech/convert-files'),
  c('ai-development', 'AI apps, chatbots & agents', WEB, 27,
    'AI Apps & Integration|AI Integration|AI Chatbot Development|AI Agent Development|AI Agents|Chatbots|AI Development|Generative AI Modeling',
    'programming-tech/chatbots|ai-services/ai-agents|ai-services/ai-development|ai-services/ai-integrations'),
  c('qa-testing', 'QA & testing', WEB, 26, 'QA Testing|Manual Testing|Automation Testing|QA & Review|User Testing',
    'programming-tech/qa-services|programming-tech/user-testing-services'),
  c('game-development', 'Games', WEB, 24, 'Game Design & Development|Video Game Development|Mobile Game Development|Game Development', 'programming-tech/game-development'),
  c('blockchain', 'Blockchain & crypto', WEB, 24, 'Blockchain, NFT & Cryptocurrency|Blockchain & NFT Development|Other Blockchain, NFT & Cryptocurrency|Blockchain & Cryptocurrency'),
  c('product-management', 'Product management & scrum', WEB, 12, 'Product Management & Scrum|Scrum Leadership|Agile Leadership|Product Management'),
  c('graphic-design', 'Graphic design', DES, 19,
    'Graphic Design|Graphic, Editorial & Presentation Design|Editorial Design|Packaging Design|Creative Direction|Social Media Design|Flyer Design|Book Design',
    'graphics-design/social-media-design|graphics-design/product-packaging-design|graphics-design/flyer-design|graphics-design/book-design'),
  c('logo-branding', 'Logos & brand identity', DES, 19, 'Branding & Logo Design|Logo Design|Brand Identity Design|Brand Style Guides|Business Cards & Stationery',
    'graphics-design/creative-logo-design|graphics-design/brand-style-guides'),
  c('video-editing', 'Video editing & production', DES, 37,
    'Video & Animation|Video Editing|Video Production|Videography|Video Editing & Production|Short Video Ads|Social Media Videos|UGC Videos',
    'video-animation/video-editing|video-animation/short-video-ads|video-animation/social-media-videos'),
  c('animation', 'Animation & motion graphics', DES, 38,
    '2D Animation|3D Animation|Motion Graphics|Visual Effects|Animated Explainers|Logo Animation|Character Animation|Animation',
    'video-animation/animated-explainer-videos|video-animation/logo-animation-services|video-animation/visual-effects'),
  c('illustration', 'Illustration & art', DES, 20,
    'Art & Illustration|Illustration|Cartoons & Comics|Portraits & Caricatures|Fine Art|NFT Art|NFT, AR/VR & Game Art|Digital Illustration|AI Artists|Children\'s Book Illustration',
    'graphics-design/digital-illustration|graphics-design/ai-art-prompt|graphics-design/portraits-caricatures|graphics-design/cartoons-comics'),
  c('image-editing', 'Image editing & presentations', DES, 21,
    'Image Editing|Presentation Design|Photo Editing|Photoshop Editing|Vector Tracing|AI Image Generation & Editing',
    'graphics-design/presentations-design|graphics-design/buy-photos-online-photoshopping|graphics-design/vector-tracing'),
  c('voice-over', 'Voice-over & narration', DES, 39, 'Voice Talent|Voice Acting|Voice Over|AI Speech & Audio Generation|Audiobook Production',
    'music-audio/voice-overs|music-audio/audiobook-production'),
  c('music-audio', 'Music & audio production', DES, 40,
    'Audio & Music Production|Audio Production|Audio Editing|Music Production|Songwriting & Music Composition|Sound Design|Mixing & Mastering|Producers & Composers|Podcast Editing',
    'music-audio/mixing-mastering|music-audio/producers-composers|music-audio/podcast-editing|music-audio/sound-design'),
  c('photography', 'Photography', DES, 41, 'Photography|Local Photography|Product Photography', 'photography/product-photographers|photography/local-photography'),
  c('product-design', 'Product, fashion & industrial design', DES, 35, 'Product Design|Product & Industrial Design|Fashion Design|Industrial Design|Jewelry Design',
    'graphics-design/product-design-services|graphics-design/fashion-design'),
  c('performing-arts', 'Acting, singing & performing', DES, 42, 'Performing Arts|Acting|Singing|Music Performance|Singers & Vocalists', 'music-audio/singers-vocalists'),
  c('social-media', 'Social media marketing', MKT, 16, 'Social Media Marketing|Social Media Strategy|Social Media Management', 'online-marketing/social-marketing'),
  c('digital-marketing', 'SEO, ads & email marketing', MKT, 17,
    'Digital Marketing|SEO|Search Engine Optimization|Search Engine Marketing|Email Marketing|Marketing Automation|Campaign Management|Display Advertising|Other Digital Marketing|Social Media Advertising|Ecommerce Marketing',
    'online-marketing/seo-services|online-marketing/search-engine-marketing|online-marketing/social-media-advertising|online-marketing/email-marketing'),
  c('lead-generation', 'Lead generation & sales', MKT, 15,
    'Lead Generation & Telemarketing|Lead Generation|Telemarketing|Other Lead Generation & Telemarketing|Sales & Business Development|Sales|Appointment Setting',
    'business/sales|business/lead-generation'),
  c('marketing-strategy', 'Marketing, PR & brand strategy', MKT, 18,
    'Marketing, PR & Brand Strategy|Brand Strategy|Marketing Strategy|Public Relations|Content Strategy|Other Marketing, PR & Brand Strategy|Content Marketing',
    'online-marketing/public-relations|online-marketing/marketing-strategy|online-marketing/content-marketing'),
  c('virtual-assistance', 'Virtual & admin assistance', ADM, 11,
    'Virtual Assistance|General Virtual Assistance|Executive Virtual Assistance|Personal Virtual Assistance|Legal Virtual Assistance|Medical Virtual Assistance|Other Virtual Assistance|Dropshipping & Order Processing|Virtual Assistant',
    'business/virtual-assistant-services'),
  c('data-entry', 'Data entry', ADM, 10, 'Data Entry & Transcription Services|Data Entry|Other Data Entry & Transcription Services', 'data/data-entry'),
  c('transcription', 'Transcription & captions', ADM, 9, 'Transcription|Manual Transcription|Subtitles & Captions',
    'writing-translation/transcription|video-animation/subtitles-captions'),
  c('market-research', 'Market & product research', ADM, 13,
    'Market Research & Product Reviews|Market Research|Product Reviews|General Research Services|Research & Summaries|Market Research Reports',
    'business/market-research-reports|writing-translation/research-summaries'),
  c('project-management', 'Project management', ADM, 12,
    'Project Management|Digital Project Management|Business Project Management|Construction & Engineering Project Management|Development & IT Project Management|Healthcare Project Management|Other Project Management',
    'business/project-management'),
  c('content-writing', 'Articles, blogs & web content', WRI, 1,
    'Content Writing|Article & Blog Writing|Other Content Writing|AI Content Writing|Web Content|Articles & Blog Posts|Website Content|SEO Writing',
    'writing-translation/articles-blogposts|writing-translation/website-content'),
  c('copywriting', 'Copywriting', WRI, 2,
    'Sales & Marketing Copywriting|Marketing Copywriting|Sales Copywriting|Ad & Email Copywriting|Other Sales & Marketing Copywriting|Sales Copy|Ad Copy|Email Copy|Social Media Copy|Product Descriptions',
    'writing-translation/sales-copy|writing-translation/ad-copy|writing-translation/email-copy|writing-translation/social-media-copywriting|writing-translation/product-description'),
  c('editing-proofreading', 'Editing & proofreading', WRI, 3,
    'Editing & Proofreading Services|Proofreading|Copy Editing|Other Editing & Proofreading Services|Proofreading & Editing|Book Editing',
    'writing-translation/proofreading-editing|writing-translation/book-editing'),
  c('creative-writing', 'Creative writing, ghostwriting & scripts', WRI, 6,
    'Creative Writing|Ghostwriting|Scriptwriting|Book & eBook Writing|Podcast Writing|Speechwriting',
    'writing-translation/creative-writing|writing-translation/script-writing|writing-translation/book-and-ebook-writing'),
  c('business-writing', 'Resumes, proposals, grants & academic writing', WRI, 5,
    'Professional & Business Writing|Business & Proposal Writing|Resume & Cover Letter Writing|Grant Writing|Academic & Research Writing|Other Professional & Business Writing|Writing Tutoring|Resume Writing|Cover Letters|LinkedIn Profiles',
    'writing-translation/resume-writing|writing-translation/cover-letter-services|writing-translation/grant-writing-services'),
  c('technical-writing', 'Technical writing', WRI, 4, 'Technical Writing|White Papers', 'writing-translation/technical-writing-services|writing-translation/white-papers'),
  c('translation', 'Translation & localization', 'Translation', 7,
    'Translation & Localization Services|General Translation Services|Language Localization|Legal Document Translation|Technical Document Translation|Medical Translation|Other Translation & Localization Services|Localization',
    'writing-translation/quality-translation-services|writing-translation/localization'),
  c('interpretation-tutoring', 'Live interpretation & language tutoring', 'Translation', 8,
    'Language Tutoring & Interpretation|Language Tutoring|Live Interpretation|Interpretation', 'writing-translation/interpretation'),
  c('customer-service', 'Customer service & support', 'Customer Service', 14,
    'Customer Service & Tech Support|Email, Phone & Chat Support|Customer Success|Customer Onboarding|Tech Support|IT Support|Other Customer Service & Tech Support|Customer Care',
    'business/customer-care'),
  c('community-management', 'Community management & moderation', 'Customer Service', 16, 'Community Management & Tagging|Community Management|Content Moderation',
    'online-marketing/community-management'),
  c('data-science', 'Data science, analytics & ML', DAT, 28,
    'AI & Machine Learning|Data Analysis & Testing|Data Mining & Management|Data Design & Visualization|Data Analytics|Data Visualization|Machine Learning|Deep Learning|Data Engineering|Data Mining|A/B Testing|Knowledge Representation|Experimentation & Testing|Data Science|Data Processing',
    'data/data-analytics|data/data-visualization|data/data-science|data/data-engineering|data/databases'),
  c('data-extraction', 'Web scraping & data extraction', DAT, 25, 'Data Extraction/ETL|Data Extraction|Web Scraping'),
  c('data-annotation', 'Data annotation & labeling', DAT, 29, 'AI Data Annotation|Data Labeling|Data Annotation', 'data/data-processing'),
  c('it-infrastructure', 'IT, cloud, DevOps & networks', ITN, 30,
    'Network & System Administration|DevOps & Solution Architecture|Database Management & Administration|Systems Administration|Network Administration|DevOps Engineering|Cloud Engineering|Solution Architecture|Systems Engineering|Database Administration|Support & IT',
    'programming-tech/support-it-services'),
  c('cybersecurity', 'Cybersecurity & compliance', ITN, 30, 'Information Security & Compliance|Information Security|Network Security|IT Compliance|Cybersecurity',
    'programming-tech/cybersecurity-data-protection'),
  c('erp-crm', 'ERP & CRM software', ITN, 24, 'ERP/CRM Software|Business Applications Development'),
  c('cad-3d', 'CAD & 3D modeling', ENG, 35, '3D Modeling & CAD|3D Modeling & Rendering|CAD|Building Information Modeling|3D Models|Character Modeling'),
  c('engineering', 'Engineering & sciences', ENG, 35,
    'Civil & Structural Engineering|Electrical & Electronic Engineering|Energy & Mechanical Engineering|Chemical Engineering|Civil Engineering|Structural Engineering|Electrical Engineering|Electronic Engineering|Mechanical Engineering|Chemical & Process Engineering|Physical Sciences|Contract Manufacturing|Sourcing & Procurement|Logistics & Supply Chain Management|Mathematics|Chemistry|Biology|Physics',
    'programming-tech/electronics-engineering'),
  c('architecture-interior', 'Architecture & interior design', ENG, 36,
    'Building & Landscape Architecture|Interior & Trade Show Design|Architectural Design|Interior Design|Landscape Architecture|Trade Show Design|Architecture & Interior Design',
    'graphics-design/architectural-design-services|graphics-design/landscape-design'),
  c('bookkeeping', 'Bookkeeping', ACC, 31, 'Accounting & Bookkeeping|Bookkeeping', 'finance/bookkeeping'),
  c('accounting-finance', 'Accounting, tax & financial analysis', ACC, 32,
    'Accounting|Financial Planning|Tax Preparation|Other - Accounting & Consulting|Financial Analysis & Modeling|Financial Management/CFO|Tax|Financial Consulting',
    'business/financial-consulting-services|finance/tax-consulting|finance/financial-analysis'),
  c('management-consulting', 'Business consulting & plans', ACC, 33,
    'Management Consulting & Analysis|Management Consulting|Business Analysis & Strategy|Business Consulting|Business Plans',
    'business/business-plans|consulting-services/business-consulting'),
  c('recruiting-hr', 'Recruiting & HR', ACC, 33, 'Recruiting & Human Resources|Recruiting & Talent Sourcing|HR Administration|Human Resources|HR Consulting',
    'business/hr-consulting'),
  c('coaching', 'Coaching, training & wellness', ACC, 42,
    'Personal & Professional Coaching|Career Coaching|Life Coaching|Training & Development|Instructional Design|Online Coaching|Fitness|Wellness',
    'lifestyle/online-tutoring|lifestyle/fitness-lessons|lifestyle/life-coaching'),
  c('legal', 'Legal work', 'Legal', 34,
    'Corporate & Contract Law|Finance & Tax Law|International & Immigration Law|Public Law|Business & Corporate Law|General Counsel|Immigration Law|Intellectual Property Law|Paralegal Services|Securities & Finance Law|Tax Law|Legal Consulting|Legal Services',
    'business/legal-consulting-services'),
];

export const CATEGORY_BY_ID: ReadonlyMap<string, CategoryDef> = new Map(CATEGORIES.map((d) => [d.id, d]));
