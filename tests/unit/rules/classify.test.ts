// The category classifier: platform names first, then title, skills and description.
import { describe, expect, test } from 'vitest';
import { classify } from '@/lib/taxonomy/classify';
import { listingWords } from '@/lib/taxonomy/listing-words';
import { measure } from '../../../bench/category-accuracy';

const categorise = (title: string, more: { skills?: string[]; description?: string; platformCategory?: string; platformSubcategory?: string } = {}) =>
  classify({ ...listingWords({ title, ...more }), platformCategory: more.platformCategory ?? null, platformSubcategory: more.platformSubcategory ?? null });

describe('from the title', () => {
  test.each([
    ['Translate our app strings from English to Japanese', 'translation', 'Translation'],
    ['Proofreader for a 60,000-word fantasy manuscript', 'editing-proofreading', 'Writing'],
    ['SEO blog writer for a pet food brand', 'content-writing', 'Writing'],
    ['Sales copy for our landing page', 'copywriting', 'Writing'],
    ['Minimalist logo for a coffee shop', 'logo-branding', 'Design & Creative'],
    ['YouTube video editor for weekly uploads', 'video-editing', 'Design & Creative'],
    ['Female voice over artist, US accent', 'voice-over', 'Design & Creative'],
    ['Shopify store setup and theme customization', 'websites-cms', 'Web, Mobile & Software Dev'],
    ['React Native developer for a fitness app', 'mobile-development', 'Web, Mobile & Software Dev'],
    ['Build a customer support chatbot with the OpenAI API', 'ai-development', 'Web, Mobile & Software Dev'],
    ['Python web scraping of product prices', 'data-extraction', 'Data Science & Analytics'],
    ['Power BI dashboard for sales KPIs', 'data-science', 'Data Science & Analytics'],
    ['Data entry from PDF invoices into Excel', 'data-entry', 'Admin Support'],
    ['Virtual assistant for inbox and calendar management', 'virtual-assistance', 'Admin Support'],
    ['Customer support agent for live chat', 'customer-service', 'Customer Service'],
    ['Cold calling appointment setter', 'lead-generation', 'Sales & Marketing'],
    ['Google Ads and Facebook Ads campaign manager', 'digital-marketing', 'Sales & Marketing'],
    ['QuickBooks bookkeeper for monthly reconciliation', 'bookkeeping', 'Accounting & Consulting'],
    ['Attorney to review a commercial lease agreement', 'legal', 'Legal'],
    ['AWS DevOps engineer for Kubernetes cluster', 'it-infrastructure', 'IT & Networking'],
    ['Interior designer for a small apartment', 'architecture-interior', 'Engineering & Architecture'],
    ['PCB design for an ESP32 sensor board', 'engineering', 'Engineering & Architecture'],
    ['SolidWorks 3D model of a bracket', 'cad-3d', 'Engineering & Architecture'],
    ['Yoga instructor for live online classes', 'coaching', 'Accounting & Consulting'],
  ])('%s → %s', (title, id, top) => {
    const { def } = categorise(title);
    expect(def.id).toBe(id);
    expect(def.upwork).toBe(top);
  });

  test.each([
    ['Technical report on the state of generative AI for our engineering team', 'technical-writing'],
    ['Blog post about LLM agents for developers', 'content-writing'],
    // The engine then names it AI image generation: made with AI tools (engine.test, ai-era table).
    ['Create product images with Midjourney', 'image-editing'],
    ['AI headshots for our team page', 'ai-image-generation'],
    ['Make AI UGC video ads with HeyGen', 'ai-video-generation'],
    ['ElevenLabs voice cloning for a podcast', 'ai-audio-generation'],
    ['AI content writer for a travel blog', 'ai-content-writing'],
    ['Human editor to make ChatGPT articles sound natural', 'editing-proofreading'],
    ['Generative engine optimization for our SaaS brand', 'digital-marketing'],
  ])('AI-era title %s → %s (a topic counts half; named AI specialties)', (title, id) => {
    expect(categorise(title).def.id).toBe(id);
  });

  test('an empty or unknown title still gets a category, with little confidence', () => {
    const result = categorise('Hello');
    expect(result.def.id).toBeTruthy();
    expect(result.confidence).toBeLessThanOrEqual(0.1);
  });

  test('a clear title is surer than a mixed one', () => {
    expect(categorise('Logo design').confidence).toBeGreaterThan(categorise('Logo and website and SEO').confidence);
  });
});

describe('the platform’s own category', () => {
  test('an Upwork subcategory name (Appendix B) decides outright', () => {
    const r = categorise('Help with my project', { platformCategory: 'Web, Mobile & Software Dev', platformSubcategory: 'Web Development' });
    expect([r.def.id, r.confidence]).toEqual(['software-development', 0.95]);
  });

  test('a display name the taxonomy does not list outright outvotes the title', () => {
    const r = categorise('Help with my project manager', { platformCategory: 'Graphics & Design', platformSubcategory: 'Logo Design' });
    expect(r.def.id).toBe('logo-branding');
  });

  test('a stated top level narrows the choice (Fiverr "Business › Other")', () => {
    const r = categorise('do b2b lead generation, contact list building and web research', { platformCategory: 'Business', platformSubcategory: 'Other' });
    expect(r.def.id).toBe('lead-generation');
  });

  test('an Upwork category group keeps the label on Upwork’s own top level', () => {
    const r = categorise('Write a Python script to clean CSV files', { platformCategory: 'Data Science & Analytics' });
    expect(r.def.upwork).toBe('Data Science & Analytics');
  });
});

describe('skills and description', () => {
  test('decide a title that says nothing', () => {
    expect(categorise('Need help ASAP', { skills: ['Adobe Premiere Pro', 'Video Editing'] }).def.id).toBe('video-editing');
    expect(categorise('Need help ASAP', { description: 'We need a bookkeeper to reconcile our Xero accounts every month.' }).def.id).toBe('bookkeeping');
  });

  test('however many skills name one trade, the title head outweighs them (issue 16)', () => {
    const skills = ['iOS', 'Android', 'Mobile App Development', 'Spanish'];
    expect(categorise('Translate our app store listing to Spanish', { skills }).def.id).toBe('translation');
    expect(categorise('Flutter developer for a fitness app', { skills }).def.id).toBe('mobile-development');
  });

  test('do not overrule a title that is already clear', () => {
    const r = categorise('Logo design for a bakery', { description: 'Our WordPress website and Shopify store will use the logo.' });
    expect(r.def.id).toBe('logo-branding');
  });
});

test('dev dataset: top-level accuracy from the title alone stays at its measured level', () => {
  const result = measure();
  expect(result.rows).toBe(4000);
  expect(result.accuracy).toBeGreaterThanOrEqual(0.76);
});
