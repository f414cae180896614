// Design, video, audio, writing and translation.
export const CREATIVE: Record<string, Record<number, string>> = {
  'graphic-design': {
    8: 'graphic designer|flyer|poster|banner|brochure|infographic|canva|packaging|label design|book cover|cover design|t shirt|tshirt|merch|sticker|thumbnail|leaflet|menu design|signage|billboard|magazine|layout|indesign|print design|invitation|certificate|ad creatives|kdp|low content|greeting card|ecard|postcard|book layout|pdf design|social media graphics|social media design|social media post design',
    6: 'svg',
    4: 'graphic|photoshop|illustrator|adobe|print|visual|icon|card|cover|label|assets|creatives|greeting|mock up|designer',
    2: 'template|png|vector|design',
  },
  'logo-branding': {
    8: 'logo|logotype|brand identity|visual identity|brand guidelines|brand guide|style guide|brand kit|business card|stationery|mascot|rebrand|branding|brand design|monogram|wordmark|favicon',
  },
  'video-editing': {
    8: 'video editor|video editing|edit video|video production|video producer|videographer|videography|filming|footage|premiere pro|final cut|davinci|capcut|youtube video|reels|shorts|vlog|cash cow|faceless|montage|trailer|teaser|wedding video|music video|documentary|promo video|ugc video|video ad|cutter|video|youtube editor|short form|clips|cameraman|video creator|video maker|filmmaker|film maker|screen recording|screenflow|demo video',
    4: 'editor|edit|youtube|tiktok|drone|shoot|vfx|recording|twitch|stream|wedding',
    2: 'content creator',
  },
  animation: {
    8: 'animation|animator|motion graphics|motion design|explainer|whiteboard|lottie|rigging|rig|after effects|cinema 4d|c4d|visual effects|live2d|vtuber|gif',
    4: 'blender|maya|motion|intro|3d character',
  },
  illustration: {
    8: 'illustration|illustrator|drawing|draw|sketch|painting|painter|artist|artwork|art|cartoon|comic|manga|anime|character design|portrait|caricature|concept art|pixel art|tattoo|emote|emoji|storyboard|watercolor|mural|children book|children s book|coloring book|coloring page|webtoon|character sheet|sprite|line art|vector art|chibi|avatar',
    4: 'character|creative|vector|nft',
  },
  // Images made with generators (Upwork: AI Image Generation & Editing; Fiverr: AI Artists,
  // AI Image Editing, Midjourney and Stable Diffusion Artists, ComfyUI, AI Avatar Design).
  'ai-image-generation': {
    12: 'midjourney|stable diffusion|dall e|dalle|leonardo ai|adobe firefly|comfyui|ai art|ai artist|ai artists|ai image|ai images|ai generated image|ai generated images|ai photo|ai photos|ai headshot|ai headshots|ai product photos|ai product images|ai avatar|ai avatars|ai illustration|ai illustrations|text to image|image generation|ai image editing|ai influencer|ai model photos|ai fashion model|ai generated art|ai logo|ai thumbnails|midjourney artists|stable diffusion artists|comfyui workflow',
    4: 'prompt|prompts|prompt writer|prompt writing',
  },
  // Video made with generators (Upwork: AI Video Generation & Editing; Fiverr: AI Video Art,
  // AI Video Avatars, AI UGC, AI Music Videos).
  'ai-video-generation': {
    12: 'ai video|ai videos|ai generated video|ai generated videos|ai video generation|ai video editing|ai video editor|ai video creator|ai ugc|ai avatar video|ai avatar videos|ai video avatars|ai video art|heygen|synthesia|runway ml|runwayml|sora|google veo|veo 3|kling|pika labs|text to video|ai music video|ai music videos|ai animation|ai animated|faceless ai|ai clips|ai shorts|ai reels|ai commercial|ai commercials|ai video ads|ai ads video|ai film|ai short film|ai spokesperson|ai avatar|ai avatars',
    4: 'prompt|prompts',
  },
  // Speech and audio made with generators (Upwork: AI Speech & Audio Generation; Fiverr: AI
  // Audio, Voice Synthesis & AI, Text to Speech).
  'ai-audio-generation': {
    12: 'elevenlabs|eleven labs|ai voice|ai voices|ai voiceover|ai voice over|ai voiceovers|voice clone|voice cloning|clone my voice|ai dubbing|ai narration|ai narrator|ai audiobook|ai audiobooks|suno|udio|ai music|ai song|ai songs|ai generated music|voice synthesis|synthetic voice|text to speech|tts|ai podcast|ai jingle',
    4: 'prompt|prompts',
  },
  'image-editing': {
    8: 'photo editing|photo editor|image editing|image editor|retouch|background removal|remove background|clipping path|photo manipulation|photo restoration|colorize|photoshop editing|presentation|powerpoint|ppt|pptx|pitch deck|slide|keynote|google slides|deck|vectorize|vector tracing|upscale|lightroom|product images|amazon images|listing images|a+ content|ebc|virtual staging|edit photo|edit image',
    4: 'image|photo|picture|resize|mockup|photoshop|vector|png|jpg',
  },
  'voice-over': {
    8: 'voice over|voiceover|voice actor|voice actress|voice acting|voice talent|voice artist|narrator|narration|audiobook|audio book|female voice|male voice|dubbing|dub|ivr|announcer|voice',
    4: 'accent|native speaker|read|radio ad|recording',
  },
  'music-audio': {
    8: 'music|musician|song|songwriter|composer|beat|music producer|mixing|mastering|mix and master|audio editing|audio editor|audio engineer|sound design|sound effect|sfx|podcast editing|podcast editor|podcast producer|jingle|soundtrack|instrumental|melody|rap|rapper|guitar|piano|drum|lyric|lyricist|noise reduction|orchestral|audio production|audio',
    4: 'sound|podcast|producer|studio',
  },
  photography: {
    8: 'photographer|photography|photoshoot|photo shoot|headshot|product photography|product photo|take photos|take pictures|event photographer|stock photos',
    4: 'camera|shoot|photo|wedding',
  },
  'product-design': {
    8: 'industrial design|product design|fashion|clothing|apparel|garment|tech pack|techpack|pattern maker|sewing|jewelry|jewellery|furniture design|toy design|footwear|shoe|handbag|textile|swimwear|streetwear|knitwear|lingerie|enclosure|product development|physical product|invention|inventor',
    4: 'prototype',
  },
  'performing-arts': {
    8: 'actor|actress|acting|singer|vocalist|vocal|performer|dancer|on camera|spokesperson|presenter|host|ugc creator|testimonial|magician|comedian|cosplay|brand ambassador',
    4: 'model|talent',
  },
  'content-writing': {
    10: 'content writer|blog writer|article writer',
    8: 'article|blog|blog post|seo content|seo writer|seo article|web content|website content|website copy|writer|written|rewrite|paraphrase|news|journalist|journalism|listicle|content creation|editorial|columnist|medical writer|tech writer|about us|web copy|content editor|content optimizer|ebook on|medical content|health content|wellness content|fintech writer',
    4: 'topics|tips|ways|guide|benefits|how to|why|what|best|mistakes|things|facts|recipes|tweets',
    2: 'content|post|words|content creator|threads',
  },
  copywriting: {
    10: 'copywriter|sales copy|email copy|landing page copy',
    8: 'copy writer|ad copy|product description|slogan|tagline|headline|vsl|sales letter|sales page|email sequence|email copywriter|direct response|captions|product copy|brand voice|ux writing|microcopy|naming|brand name|business name|name for|tag line',
    4: 'persuasive|description|copy',
    2: 'email|conversion',
  },
  // Text made with AI tools (Upwork: AI Content Writing; Fiverr: AI Content, Custom Writing Prompts).
  'ai-content-writing': {
    12: 'ai content writer|ai content writing|ai content|ai writer|ai writing|ai written|chatgpt writer|chatgpt content|chatgpt articles|ai articles|ai blog|ai blog posts|ai generated articles|ai generated content|ai copywriter|ai copywriting|custom writing prompts|chatgpt prompts|content with chatgpt|content using ai|articles using ai|articles with ai|ai ebook|ai ebooks|ai generated ebook',
    4: 'prompt|prompts|prompt writer|prompt writing',
  },
  'editing-proofreading': {
    // Checking and fixing AI text is editing (Fiverr files AI Content Editing under it).
    10: 'humanize|humanise|human editor|ai content editing|ai content editor|sound natural|sound more natural|sound human|sound more human|less robotic|article editor|blog editor|content editing',
    8: 'proofread|proof read|copy edit|copy editor|copyedit|copyeditor|line edit|line editor|developmental edit|developmental editor|manuscript|book editor|book editing|grammar|beta reader|editorial review|polish|editing services|book formatting|formatting book',
    4: 'revise|errors|typos|spelling|feedback',
    2: 'editor|edit|review',
  },
  'creative-writing': {
    8: 'ghostwriter|ghost writer|script writer|scriptwriter|screenplay|screenwriter|youtube script|video script|novel|fiction|nonfiction|non fiction|short story|story|storytelling|book writer|ebook writer|ebook|e book|poem|poetry|poet|romance|fantasy|thriller|mystery|memoir|biography|autobiography|self help|fanfiction|erotica|lore|worldbuilding|dialogue|plot|speechwriter|speech writer|creative writer|chapter|buch',
    4: 'creative|author|series|episode|narrative|kindle|book|script',
    2: 'characters',
  },
  'business-writing': {
    8: 'resume|cv|cover letter|linkedin profile|grant|grant writer|proposal writer|rfp|tender|bid writer|academic|research paper|thesis|dissertation|essay|assignment|homework|coursework|report writing|business writing|case study|white paper|whitepaper|executive summary|annual report|statement of purpose|personal statement|scholarship|apa|mla|citation|journal article|research writing|speech|business proposal|proposal|bio',
    4: 'writer|letter|paper|literature review',
    2: 'professional|report|document|profile',
  },
  'technical-writing': {
    10: 'technical report|research report|state of|white paper on|report on',
    8: 'technical writer|documentation|user manual|manual|standard operating procedure|api documentation|how to guide|knowledge base|help center|help article|user guide|instructions|release notes|technical documentation|technical content|training material|tutorial|guide',
    4: 'technical|procedures|process|policies|sop',
  },
  translation: {
    // Machine-translation post-editing: checking a machine's translation is translation work.
    10: 'mtpe|post editing|post edit|machine translation|machine translated|deepl|google translate',
    8: 'translate|translator|localization|localisation|transcreation|english to|to english|into english|from english|bilingual|multilingual|native speaker|traducción|traduction|traduzione|übersetzung|tradução|traductor|redactor',
    4: 'spanish|french|german|italian|portuguese|brazilian|chinese|mandarin|cantonese|japanese|korean|arabic|russian|dutch|polish|turkish|vietnamese|thai|indonesian|hindi|urdu|hebrew|greek|swedish|norwegian|danish|finnish|czech|romanian|hungarian|ukrainian|tagalog|filipino|malay|persian|farsi|bengali|swahili|slovak|serbian|croatian|bulgarian|latin|catalan|tamil|punjabi|georgian|icelandic|hiligaynon|cebuano|language',
    2: 'native',
  },
  'interpretation-tutoring': {
    8: 'interpreter|interpretation|language teacher|language tutor|language lesson|teach english|english teacher|english tutor|spanish tutor|esl|tefl|ielts|toefl|conversation practice|speaking practice|conversational|conversation partner|language exchange|pronunciation|sign language|asl',
    4: 'lesson|conversation|fluent|trainer|guide',
    2: 'tutor|teacher',
  },
};
