// AI-era listings written for issue 16 (none copied from a platform): work that builds AI,
// operates AI tools, reviews AI output, and classic work that merely mentions AI; with the
// category, mode and band each should get, and why. The first six rows are the misses.
import type { Labelable } from '@/lib/rules/engine';
import type { RiskLevel, RiskMode } from '@/lib/model/label';

export interface AiEraRow {
  listing: Labelable;
  category: string;
  mode: RiskMode;
  band: RiskLevel;
  why: string;
  /** A miss the rules do not fix yet, and why (counted in the agreement, not failed on). */
  known?: string;
}

const row = (listing: Labelable | string, category: string, mode: RiskMode, band: RiskLevel, why: string): AiEraRow => ({
  listing: typeof listing === 'string' ? { title: listing } : listing,
  category,
  mode,
  band,
  why,
});

export const AI_ERA_TABLE: readonly AiEraRow[] = [
  // The six patterns.
  row('Technical report on the state of generative AI for our engineering team', 'technical-writing', 'automation', 'high',
    'writing about AI is writing: a technical report, exposed like technical writing [11, 15]'),
  row('Prompt engineer to write prompts for Midjourney product photos', 'ai-image-generation', 'operates-ai', 'high',
    'prompts for an image generator make images with AI tools, which clients can run too [1, 12]'),
  row('Human editor to make ChatGPT articles sound natural', 'editing-proofreading', 'reviews-ai', 'medium',
    'fixing AI text is editing whose demand is human oversight of AI output [23]'),
  row({ title: 'ChatGPT integration to follow up sales leads on WhatsApp', description: 'Connect the ChatGPT API to WhatsApp Business and the CRM.' },
    'ai-development', 'builds-ai', 'very-low', 'the work is the integration, not the selling: building AI into a product [5, 9]'),
  row({ title: 'Translate our app store listing to Spanish', skills: ['iOS', 'Android', 'Mobile App Development', 'Spanish'] },
    'translation', 'automation', 'very-high', 'the title’s verb names the work; the skills name the app it is for [6, 11]'),
  row({ title: 'Correlation matrix of 5 time series', description: 'In Excel.' }, 'data-science', 'automation', 'high',
    'the simplest analysis is the most exposed part of data work [11, 15]'),
  row('Beginner data analyst: clean and enter sales data in Excel', 'data-science', 'automation', 'high',
    'cleaning and entering data is data-entry work, the most exposed there is [14]'),

  // Building AI.
  row('Build an AI chatbot for our Shopify store using the OpenAI API', 'ai-development', 'builds-ai', 'very-low', 'a chatbot built on an LLM API [5]'),
  row('RAG pipeline over our PDF manuals with LangChain and Pinecone', 'ai-development', 'builds-ai', 'very-low', 'retrieval-augmented generation is building AI [9, 24]'),
  row('n8n AI agent to triage support emails', 'ai-development', 'builds-ai', 'very-low', 'AI agents and workflow automation, booming on both platforms [20, 25]'),
  row('Retell AI voice agent for appointment booking', 'ai-development', 'builds-ai', 'very-low', 'a voice agent is an AI system, not a voice-over [20, 25]'),
  row('Fine-tune Llama 3 on our support tickets', 'ai-development', 'builds-ai', 'very-low', 'fine-tuning a model [5, 23]'),
  row('Train a YOLO model to detect defects on a production line', 'data-science', 'builds-ai', 'very-low', 'training a vision model [5]'),
  row('Integrate the Claude API into our Next.js app', 'ai-development', 'builds-ai', 'very-low', 'Upwork’s AI Apps & Integration [5, 24]'),
  row('Build a custom GPT for our HR policies', 'ai-development', 'builds-ai', 'very-low', 'a custom assistant on an LLM [5]'),
  row('LLM evaluation harness and red teaming for our support bot', 'ai-development', 'builds-ai', 'very-low', 'evaluating and steering AI systems [22, 24]'),
  row('Vector database and embeddings search for our product catalog', 'ai-development', 'builds-ai', 'very-low', 'semantic search with embeddings [9, 24]'),
  row('Make.com AI automation to draft and send invoices', 'ai-development', 'builds-ai', 'very-low', 'AI automations [20, 25]'),
  row('Computer vision engineer for OCR of handwritten forms', 'data-science', 'builds-ai', 'very-low', 'computer vision is machine-learning work [5]'),
  row('AI agent developer (CrewAI) for market research workflows', 'ai-development', 'builds-ai', 'very-low', 'agents, whatever research they will do [20, 25]'),
  row('Machine learning engineer: churn prediction model in PyTorch', 'data-science', 'builds-ai', 'very-low', 'a model trained in PyTorch [5]'),

  // Operating AI tools to make the output.
  row('Create 30 product images with Midjourney', 'ai-image-generation', 'operates-ai', 'high', 'images from a generator the client can run too [1, 12]'),
  row('AI headshots for our team page', 'ai-image-generation', 'operates-ai', 'high', 'Upwork’s AI Image Generation & Editing [1, 12]'),
  row('Stable Diffusion artist for fantasy book cover concepts', 'ai-image-generation', 'operates-ai', 'high', 'Fiverr’s Stable Diffusion Artists [1, 12]'),
  row('AI influencer photos for Instagram with a consistent character', 'ai-image-generation', 'operates-ai', 'high', 'AI images of a virtual model [1, 12]'),
  row('AI voice over for my YouTube channel with ElevenLabs', 'ai-audio-generation', 'operates-ai', 'high', 'text-to-speech the client can run too [11, 15]'),
  row('Clone my voice for an audiobook with ElevenLabs', 'ai-audio-generation', 'operates-ai', 'high', 'voice cloning, Fiverr’s Voice Synthesis & AI [11, 15]'),
  row('Suno AI songs for a kids channel', 'ai-audio-generation', 'operates-ai', 'high', 'AI music: thin evidence, provisional [11, 14]'),
  row('Make AI UGC video ads with HeyGen', 'ai-video-generation', 'operates-ai', 'medium', 'AI-made video is among the most-hired AI skills [20]'),
  row('AI video generation with Runway and Kling for a music video', 'ai-video-generation', 'operates-ai', 'medium', 'Upwork’s AI Video Generation & Editing [20]'),
  row('Faceless YouTube channel: AI generated videos, 3 per week', 'ai-video-generation', 'operates-ai', 'medium', 'AI-made video for a channel [9, 20]'),
  row('AI avatar explainer videos with Synthesia', 'ai-video-generation', 'operates-ai', 'medium', 'Fiverr’s AI Video Avatars [20]'),
  row('Video editor who uses AI tools for TikTok shorts', 'ai-video-generation', 'operates-ai', 'medium', 'editing made with AI tools is the AI video specialty [20]'),
  row('Write SEO blog posts using ChatGPT', 'ai-content-writing', 'operates-ai', 'high', 'Upwork’s AI Content Writing: text the client can generate too [1, 11]'),
  row('AI content writer for 50 product descriptions', 'ai-content-writing', 'operates-ai', 'very-high', 'AI text for the most exposed kind of copy [1, 11]'),
  row('ChatGPT writer for our weekly newsletter', 'ai-content-writing', 'operates-ai', 'high', 'writing with ChatGPT [1, 11]'),
  row('Generate 100 AI blog articles per month', 'ai-content-writing', 'operates-ai', 'high', 'volume AI content [1, 2]'),
  row('Vibe coder to build an MVP with Cursor AI', 'software-development', 'operates-ai', 'medium', 'software made with AI coding tools; development evidence is mixed [6, 11]'),

  // Reviewing and correcting AI output.
  row('Humanize 20 AI-written blog posts', 'editing-proofreading', 'reviews-ai', 'medium', 'rewriting AI text to read as human: human oversight of AI output [23]'),
  row('Proofread and fact-check AI-generated articles', 'editing-proofreading', 'reviews-ai', 'medium', 'checking AI text; proofreading itself stays exposed [3, 23]'),
  row('Post-edit machine translated product manual, German to English', 'translation', 'reviews-ai', 'medium', 'translation grew with human oversight of AI output [23]'),
  row('MTPE: review DeepL output for our website in French', 'translation', 'reviews-ai', 'medium', 'machine-translation post-editing [6, 23]'),
  row('Fix my vibe-coded React app', 'software-development', 'reviews-ai', 'medium', 'repairing AI-written code [6, 23]'),
  row('Review AI-generated code for security issues', 'software-development', 'reviews-ai', 'medium', 'the head names the work, a code review; checking AI output [6, 23]'),
  row('AI trainer: rate chatbot responses for accuracy', 'data-annotation', 'reviews-ai', 'medium', 'rating model answers, demand tied to model training [9, 23]'),
  row('Evaluate AI responses in Spanish as a native speaker', 'data-annotation', 'reviews-ai', 'medium', 'rating model answers in a language [9, 23]'),
  row('Check AI-transcribed captions against the audio', 'transcription', 'reviews-ai', 'medium', 'checking speech-to-text output [11, 23]'),
  row('QA tester to check our AI chatbot answers', 'qa-testing', 'reviews-ai', 'medium', 'human validation of AI output, a rising demand [23]'),
  {
    ...row('Edit AI-generated video subtitles for timing and accuracy', 'transcription', 'reviews-ai', 'medium', 'correcting AI captions [11, 23]'),
    known: 'the classifier cannot tell that "video" modifies "subtitles" (the last noun of a compound is its head); treating earlier nouns as modifiers cost 0.5–1 point on the dev set',
  },
  row('Humanize AI written cover letters for job seekers', 'editing-proofreading', 'reviews-ai', 'medium', 'making AI drafts sound human [23]'),

  // Classic work that merely mentions AI.
  row('Write a blog post about AI tools for small businesses', 'content-writing', 'automation', 'very-high', 'a blog post whose topic is AI [1, 2]'),
  row('Article on AI art for our magazine', 'content-writing', 'automation', 'very-high', 'an article whose topic is AI images [1, 2]'),
  row('Ghostwriter for a book about artificial intelligence and ethics', 'creative-writing', 'automation', 'high', 'ghostwriting, whatever the book is about [3, 11]'),
  row('Logo for our AI startup', 'logo-branding', 'automation', 'high', 'a logo; the client’s field is AI [1, 12]'),
  row('Landing page for our AI SaaS product', 'websites-cms', 'automation', 'high', 'a landing page, whatever it sells [2, 14]'),
  row('Recruiter to hire machine learning engineers', 'recruiting-hr', 'augmentation', 'medium', 'recruiting, not machine learning [12, 14]'),
  row('Translate our AI chatbot replies into Arabic', 'translation', 'automation', 'very-high', 'translation of a chatbot’s texts [6, 11]'),
  row('Pitch deck for our generative AI startup', 'image-editing', 'automation', 'high', 'presentation design [11, 12]'),
  row('Customer support agent for an AI software company', 'customer-service', 'automation', 'high', 'first-line support, whoever the employer [9, 15]'),
  row('Social media manager for an AI newsletter', 'social-media', 'augmentation', 'medium', 'social media management [1, 11]'),
  row('Voice actor for an AI company explainer video', 'voice-over', 'automation', 'high', 'a human voice actor, not an AI voice [15]'),
  row('Data entry of AI conference attendee list into Excel', 'data-entry', 'automation', 'very-high', 'data entry [14]'),
  row('Bookkeeper for an AI startup (QuickBooks)', 'bookkeeping', 'automation', 'high', 'bookkeeping [11, 14]'),
  row('Photographer on site at our AI conference', 'photography', 'human-only', 'low', 'on-site photography [11, 14]'),
  row('Lawyer to draft the terms of service of our AI app', 'legal', 'augmentation', 'low', 'licensed legal drafting [12, 14]'),
  row('Research paper on large language models in education', 'business-writing', 'automation', 'high', 'academic writing on an AI topic [1, 11]'),
  row('Proofread my thesis on machine learning', 'editing-proofreading', 'automation', 'very-high', 'proofreading, whatever the thesis is about [3, 11]'),
  row('Market research on AI adoption in retail', 'market-research', 'automation', 'high', 'desk research on an AI topic [12, 15]'),
  row('Generative engine optimization for our SaaS brand', 'digital-marketing', 'augmentation', 'medium', 'Fiverr’s GEO: marketing for AI answers, not operating AI [11, 12]'),
  row('Pivot table and VLOOKUP for our sales sheet', 'data-science', 'automation', 'high', 'a routine spreadsheet analysis [11, 15]'),
];
