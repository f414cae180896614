// The risk rules, as data: one concern each, the condition over listing fields, the points it
// adds to the 0..100 score, the words that explain it and the bibliography numbers behind it
// (../shared/research/evidence.md). The engine only interprets these.
import type { Experience } from '../model/listing';
import type { RiskMode, UpworkTopCategory } from '../model/label';

export type RuleGroup = 'task' | 'protective' | 'builds-ai' | 'ai-work' | 'market';

export type Condition =
  /** Any of these phrases ("|"-separated) in the title, skills or description. */
  | { words: string }
  /** Any of these phrases in the title: what the listing asks for, not what it mentions. */
  | { titleWords: string }
  | { experience: Experience }
  /** A fixed budget or Fiverr "From" price at most / at least this, in USD, EUR or GBP. */
  | { budgetAtMost: number }
  | { budgetAtLeast: number }
  /** Upwork's duration text ("3 to 6 months"), as a case-insensitive pattern. */
  | { duration: string }
  /** The listing's category is in one of these Upwork top-level categories. */
  | { upwork: UpworkTopCategory[] };

export interface Rule {
  id: string;
  group: RuleGroup;
  /** All must hold. */
  when: Condition[];
  /** Points added to the score (negative lowers the risk). */
  effect: number;
  /** The reason shown to the user; "{matched}" becomes the words that matched. */
  words: string;
  sources: number[];
  /** Set when the rule says what kind of work this is. */
  mode?: Exclude<RiskMode, 'automation' | 'augmentation'>;
  /** Where the evidence for this kind of work puts its starting score, whatever the category's
   *  prior: the prior is raised to `min` or lowered to `max` before the rules add their points. */
  start?: [min: number, max: number];
}

/** How far each group can move the score, however many of its rules fire. */
export const GROUP_LIMITS: Readonly<Record<RuleGroup, [min: number, max: number]>> = {
  task: [0, 16],
  protective: [-22, 0],
  'builds-ai': [-40, 0],
  'ai-work': [0, 0],
  market: [-10, 10],
};

// Building AI is work on the technical side of the marketplace; a writer asked to write
// *about* AI agents is not building them.
const TECH: UpworkTopCategory[] = ['Web, Mobile & Software Dev', 'Data Science & Analytics', 'IT & Networking', 'Engineering & Architecture'];

export const RULES: readonly Rule[] = [
  // Tasks that generative AI now does alone (evidence §2, rows named in each source list).
  { id: 'task-translate', group: 'task', effect: 8, sources: [6, 11, 15], when: [{ words: 'translate|translation|translator|localize|localization|localise|localisation' }],
    words: 'Asks for translation ({matched}), which machine translation and LLMs now do alone; translators lost jobs and earnings after ChatGPT.' },
  { id: 'task-proofread', group: 'task', effect: 8, sources: [3, 11, 15], when: [{ words: 'proofread|proofreading|proofreader|proof read|copy edit|copyedit|grammar check|spell check|fix grammar' }],
    words: 'Asks for proofreading ({matched}): near-complete overlap with what language models do.' },
  { id: 'task-rewrite', group: 'task', effect: 8, sources: [1, 2, 11], when: [{ words: 'rewrite|rewriting|paraphrase|paraphrasing|reword|spin|summarize|summarise|summary|summaries' }],
    words: 'Asks to rewrite or summarise text ({matched}), a core language-model task.' },
  { id: 'task-transcribe', group: 'task', effect: 8, sources: [11, 14], when: [{ words: 'transcribe|transcription|transcript|captions|captioning|subtitles|subtitling|speech to text|audio to text' }],
    words: 'Asks for transcription or captions ({matched}); speech-to-text automates the core task.' },
  { id: 'task-data-entry', group: 'task', effect: 8, sources: [11, 14, 18], when: [{ words: 'data entry|copy paste|copy and paste|typing job|type up|pdf to word|pdf to excel|convert pdf|data input|form filling|fill forms|clean and enter|enter data|enter the data' }],
    words: 'Asks for data entry ({matched}): the most exposed occupation on the ILO index.' },
  { id: 'task-product-descriptions', group: 'task', effect: 8, sources: [1, 2, 11], when: [{ words: 'product description|product descriptions|product listing|product listings|meta description|listing description' }],
    words: 'Asks for product descriptions ({matched}), short copy that text generators write alone.' },
  { id: 'task-simple-logo', group: 'task', effect: 8, sources: [1, 12], when: [{ words: 'simple logo|minimalist logo|minimal logo|basic logo|text logo|quick logo|logo redesign|simple icon' }],
    words: 'Asks for a simple logo ({matched}); image generators cut demand for image work after their launch.' },
  { id: 'task-background-removal', group: 'task', effect: 8, sources: [1, 12], when: [{ words: 'background removal|remove background|remove the background|background remove|clipping path|white background|image resize|resize images|photo retouch|retouching' }],
    words: 'Asks for a routine image edit ({matched}) that AI image tools do in one step.' },
  { id: 'task-small-script', group: 'task', effect: 6, sources: [11, 18], when: [{ words: 'small script|simple script|quick script|short script|excel formula|google sheets formula|formula|macro|regex|quick fix|small fix|minor fix|small bug|minor bug|simple bug' }],
    words: 'Asks for a small, self-contained piece of code ({matched}), the most automatable kind of programming.' },
  { id: 'task-voice-read', group: 'task', effect: 6, sources: [11, 15], when: [{ words: 'voice over|voiceover|voice-over|narration|narrator|read a script|read the script|audiobook|text to speech' }],
    words: 'Asks for a voice read ({matched}); text-to-speech now substitutes commodity reads.' },
  // The easiest tasks of a protected category are its most exposed part: they start where their
  // own evidence puts them, not at the category's low prior.
  { id: 'task-simple-analysis', group: 'task', effect: 6, sources: [11, 15, 18], start: [62, 100],
    when: [{ titleWords: 'correlation matrix|correlation analysis|correlation|pivot table|vlookup|xlookup|descriptive statistics|summary statistics|basic statistics|simple statistics|simple analysis|basic analysis|excel chart|simple chart|basic chart|bar chart|pie chart|clean and enter|clean data|data cleaning|clean up data|cleanup data' }],
    words: 'Asks for a routine analysis ({matched}) that AI assistants in spreadsheets now do alone: the simplest part of data work is its most exposed (statisticians and data scientists rank in the top tenth on two exposure indices).' },

  // What keeps people in the loop.
  { id: 'protect-strategy', group: 'protective', effect: -8, sources: [12, 14], when: [{ words: 'strategy|strategic|strategist|roadmap|go to market|positioning' }],
    words: 'Mentions strategy ({matched}): judgment that AI supports but does not own.' },
  { id: 'protect-architecture', group: 'protective', effect: -8, sources: [6, 14], when: [{ words: 'architecture|architect|system design|scalable|scalability|distributed system|microservices' }],
    words: 'Mentions system design ({matched}); complex builds still need engineers, and demand for them held up.' },
  { id: 'protect-compliance', group: 'protective', effect: -8, sources: [11, 14], when: [{ words: 'compliance|compliant|regulatory|regulation|security audit|compliance audit|financial audit|gdpr|hipaa|soc 2|iso 27001|due diligence' }],
    words: 'Involves compliance ({matched}), where a person answers for the result.' },
  { id: 'protect-licensed', group: 'protective', effect: -10, sources: [12, 14], when: [{ words: 'licensed|license holder|certified|cpa|attorney|lawyer|notary|sworn|chartered|board certified|pe stamp|registered agent' }],
    words: 'Needs a licence or certification ({matched}); licensing and liability protect the work.' },
  { id: 'protect-on-site', group: 'protective', effect: -10, sources: [11, 14], when: [{ words: 'on site|onsite|in person|in-person|on location|site visit|locally|local only|must be located|must live|hands on|physically|physical presence|warehouse|field work' }],
    words: 'Needs someone physically present ({matched}); AI does not travel.', mode: 'human-only' },
  { id: 'protect-live', group: 'protective', effect: -8, sources: [14, 23], when: [{ words: 'live session|live event|live call|live stream|livestream|real time|realtime|simultaneous|phone call|video call|zoom call|zoom meeting|meetings|tutor|tutoring|lesson|lessons|coaching session' }],
    words: 'Happens live ({matched}); real-time work with people has held up and grown.' },
  { id: 'protect-relationship', group: 'protective', effect: -5, sources: [5, 14], when: [{ words: 'long term|long-term|ongoing|retainer|partnership|dedicated|full time|full-time|part time|part-time|weekly calls|work closely' }],
    words: 'A lasting working relationship ({matched}); one-off short jobs fell most.' },
  { id: 'protect-accountability', group: 'protective', effect: -6, sources: [11, 15], when: [{ words: 'accountable|accountability|responsible for|ownership|own the|sign off|liability|kpi|kpis|manage a team|lead a team|supervise|oversee' }],
    words: 'The freelancer answers for outcomes ({matched}), which keeps a person in charge.' },
  { id: 'protect-domain-depth', group: 'protective', effect: -6, sources: [11, 14], when: [{ words: 'phd|doctorate|clinical|physician|pharmaceutical|peer reviewed|peer-reviewed|subject matter expert|industry experience|years of experience|fda|biotech|medical degree|engineering degree|domain expert|domain expertise' }],
    words: 'Needs domain depth ({matched}); deep knowledge moderates exposure.' },

  // Work done with AI: operating the tools to make the output, or checking and fixing what they
  // made. Each has its own evidence, apart from the category it produces for.
  { id: 'operates-ai-tools', group: 'ai-work', effect: 0, sources: [1, 12, 20], mode: 'operates-ai',
    when: [{ words: 'midjourney|stable diffusion|dall e|dalle|leonardo ai|adobe firefly|comfyui|flux ai|elevenlabs|eleven labs|runway ml|runwayml|sora|google veo|veo 3|kling|heygen|synthesia|suno|udio|ai generated images|ai generated image|ai images|ai image|ai art|ai artist|ai video|ai videos|ai generated video|ai generated videos|ai voice|ai voices|ai voiceover|ai avatar|ai avatars|ai ugc|ai music|ai content|ai writing|ai written|ai tools|ai tool|using ai|use ai|with ai|using chatgpt|use chatgpt|with chatgpt|chatgpt to write|text to image|text to video|image prompts|midjourney prompts|ai prompts|ai headshots|ai photos|ai product photos|ai influencer|ai model photos|voice clone|voice cloning|ai dubbing|ai clips|faceless ai|vibe coding|vibe coder|cursor ai|lovable dev|bolt new' }],
    words: 'Makes the output with AI tools ({matched}): the same tools are open to the client, and image and text work fell after they launched, though AI-made images and video are among the skills clients hire most.' },
  { id: 'task-ai-output', group: 'ai-work', effect: 0, sources: [1, 11, 23], mode: 'reviews-ai', start: [0, 46],
    when: [{ words: 'humanize|humanise|ai content editor|ai content editing|edit ai|editing ai|edit the ai|proofread ai|fix ai|fixing ai|review ai|reviewing ai|check ai|checking ai|fact check ai|ai output|ai outputs|ai responses|chatbot responses|chatbot answers|rate ai|rating ai|rlhf|ai detection|ai detector|sound natural|sound more natural|sound human|sound more human|less robotic|post edit|post editing|postediting|mtpe|machine translation post|machine translated|fix my vibe|fix a vibe|fix the vibe|debug my vibe|ai generated code|ai written code|ai code review|fix my ai|cleanup ai|clean up ai|ai slop' }],
    words: 'Checks or fixes what AI produced ({matched}): the first draft is the tools’ own, and the human check is what remains; demand for human oversight of AI output is growing, though the editing itself stays exposed.' },

  // Work that builds or runs AI: demand is rising (evidence §2 row 27).
  { id: 'builds-ai-integration', group: 'builds-ai', effect: -30, sources: [5, 9, 24], mode: 'builds-ai', when: [{ upwork: TECH },
    { words: 'openai api|chatgpt api|gpt api|gpt-4 api|claude api|gemini api|llm|llms|large language model|langchain|llamaindex|rag|retrieval augmented|vector database|pinecone|embeddings|ai integration|integrate ai|integrate openai|ai chatbot|gpt chatbot|chatbot|generative ai' }],
    words: 'Builds AI into a product ({matched}); demand for this work rose sharply after ChatGPT.' },
  { id: 'builds-ai-agents', group: 'builds-ai', effect: -30, sources: [20, 25], mode: 'builds-ai', when: [{ upwork: TECH },
    { words: 'ai agent|ai agents|agentic|autonomous agent|multi agent|voice agent|ai voice agent|ai automation|ai workflow|n8n|crewai|autogen|vapi|retell' }],
    words: 'Builds AI agents or AI automations ({matched}), the fastest-growing demand on both platforms.' },
  { id: 'builds-ai-training', group: 'builds-ai', effect: -30, sources: [5, 23], mode: 'builds-ai', when: [{ upwork: TECH },
    { words: 'fine tune|fine tuning|finetune|fine tuned|train a model|model training|training data|lora|machine learning model|deep learning|neural network|pytorch|tensorflow|computer vision|hugging face|huggingface|reward model|rlhf pipeline|yolo|object detection|image recognition|image classification' }],
    words: 'Trains or fine-tunes models ({matched}); machine-learning demand rose after ChatGPT.' },
  { id: 'builds-ai-evaluation', group: 'builds-ai', effect: -25, sources: [22, 24], mode: 'builds-ai', when: [{ upwork: TECH },
    { words: 'llm evaluation|model evaluation|ai evaluation|evals|red teaming|red team|prompt engineering|prompt engineer' }],
    words: 'Evaluates or steers AI systems ({matched}); prompt engineering and AI work are growing fast.' },

  // Who is hit first: entry-level and small jobs; who holds up: long, expert, larger ones.
  { id: 'market-entry-level', group: 'market', effect: 6, sources: [4, 19], when: [{ experience: 'entry' }],
    words: 'Entry level: early-career work in the most exposed occupations fell first.' },
  { id: 'market-small-budget', group: 'market', effect: 6, sources: [2, 25], when: [{ budgetAtMost: 50 }],
    words: 'Small fixed budget (50 or less): small jobs are the easiest to hand to AI, and spend moved to larger ones.' },
  { id: 'market-short-job', group: 'market', effect: 3, sources: [5], when: [{ duration: 'less than (a|1) (week|month)' }],
    words: 'A short one-off job: demand fell most for jobs of one to three weeks.' },
  { id: 'market-expert-level', group: 'market', effect: -5, sources: [1, 2], when: [{ experience: 'expert' }],
    words: 'Expert level: the jobs that remain after ChatGPT are more complex and better paid.' },
  { id: 'market-long-job', group: 'market', effect: -5, sources: [5], when: [{ duration: '(3 to 6|more than 6) months' }],
    words: 'A long engagement (months): longer jobs were hit far less than short ones.' },
  { id: 'market-large-budget', group: 'market', effect: -4, sources: [2, 25], when: [{ budgetAtLeast: 1000 }],
    words: 'A larger budget (1,000 or more): spend on large jobs grew while small ones shrank.' },
];

/** The category prior is a rule too, so it can be listed, cited and switched off. */
export const PRIOR_RULE_ID = 'category-prior';
