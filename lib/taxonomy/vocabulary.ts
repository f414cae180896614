// Words that point to each category, by weight (phrases separated by "|"; the stemmer
// supplies plurals and verb forms). General vocabulary of each trade and of the platforms'
// own subcategory names (../shared/research/evidence.md Appendix B), never copied titles.
// 8: names the trade; 4: strong hint; 2: weak hint that only breaks ties.
export const VOCABULARY: Record<string, Record<number, string>> = {
  'software-development': {
    8: 'full stack|fullstack|front end|frontend|back end|backend|laravel|django|react|reactjs|nextjs|next js|vue|vuejs|angular|nodejs|node js|typescript|php|ruby on rails|flask|fastapi|golang|asp net|net core|spring boot|c++|c#|chrome extension|browser extension|web app|web application|saas|firmware|software|mern|programmer|web developer|software engineer|desktop app|dot net|nuxt|nuxtjs|cakephp|codeigniter|symfony|yii|vb net|visual studio|compiler|dll|sharetribe',
    4: 'developer|dev|coding|javascript|java|python|api|database|sql|mysql|postgres|mongodb|firebase|supabase|bubble|portal|marketplace|debug|bug|stripe|mvp|embedded|rust|kotlin|net|functionality',
    2: 'build|feature|integration|tool|system|platform|module',
    1: 'fix',
  },
  'websites-cms': {
    8: 'wordpress|word press|woocommerce|woo commerce|shopify|wix|squarespace|webflow|elementor|kajabi|wp|divi|magento|bigcommerce|drupal|joomla|ecommerce website|online store|web design|website design',
    7: 'landing page|landingpage',
    6: 'website|web site|webpage|web page|homepage|websitepages',
    4: 'plugin|theme|cms|html|css|ecommerce|e commerce|domain',
    3: 'site',
    2: 'pages|store',
  },
  'mobile-development': {
    8: 'mobile app|flutter|react native|ios|android|iphone|swift|swiftui|xamarin|ionic|app store|play store|google play|play console|apk|testflight',
    4: 'app|apps|mobile',
  },
  'ui-ux-design': {
    8: 'ui ux|ux ui|ui|ux|user interface|user experience|figma|adobe xd|wireframe|app design|dashboard design|product designer|prototype',
    4: 'mockup|redesign|web design|website design|interactive|mock up',
  },
  'scripts-automation': {
    8: 'telegram bot|discord bot|trading bot|python script|vba|apps script|google script|zapier|integromat|make com|pine script|tradingview|trading view|mt4|mt5|metatrader|expert advisor|rpa|uipath|power automate|selenium|puppeteer|macro|scripting|automation',
    4: 'bot|webhook|powershell|excel formula|workflow|n8n|airtable|api integration|algorithm|indicator',
    2: 'excel|google sheets|spreadsheet|convert|tool|integrate|sync',
  },
  'ai-development': {
    8: 'chatbot|chat bot|openai|llm|langchain|ai agent|agentic|gpt 3|gpt 4|gpt3|gpt4|chatgpt api|ai integration|voice agent|vapi|retell|rag|fine tune|vector database|generative ai|gen ai|ai app|ai automation|ai assistant|voiceflow',
    4: 'ai|artificial intelligence|gpt|chatgpt|prompt|claude|gemini|embeddings|ai model|ai tool|stable diffusion',
  },
  'qa-testing': {
    8: 'qa|quality assurance|tester|manual testing|test cases|automation testing|test automation|cypress|appium|beta tester|usability testing|user testing|app testing|website testing',
    4: 'bugs',
  },
  'game-development': {
    8: 'unity|unity3d|unreal|godot|roblox|minecraft|fivem|game developer|game design|gameplay|level design|video game|mobile game|multiplayer|metaverse|oculus|virtual reality|augmented reality|ar vr',
    4: 'game|vr',
  },
  blockchain: {
    8: 'blockchain|smart contract|solidity|web3|cryptocurrency|crypto|defi|dapp|ethereum|solana|bitcoin|metamask|token|erc20|mint|staking|dex|presale|binance|evm|memecoin',
    4: 'nft|wallet|coin',
  },
  'product-management': {
    8: 'product manager|product owner|scrum master|scrum|agile coach|agile|product roadmap',
  },
  'graphic-design': {
    8: 'graphic designer|flyer|poster|banner|brochure|infographic|canva|packaging|label design|book cover|cover design|t shirt|tshirt|merch|sticker|thumbnail|leaflet|menu design|signage|billboard|magazine|layout|indesign|print design|invitation|certificate|ad creatives|kdp|low content|greeting card|ecard|postcard|book layout|pdf design|social media graphics',
    6: 'svg',
    4: 'graphic|photoshop|illustrator|adobe|print|visual|icon|card|cover|label|assets|creatives|greeting|mock up',
    2: 'designer|template|png|vector',
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
    8: 'illustration|illustrator|drawing|draw|sketch|painting|painter|artist|artwork|art|cartoon|comic|manga|anime|character design|portrait|caricature|concept art|pixel art|tattoo|emote|emoji|storyboard|watercolor|mural|midjourney|children book|children s book|coloring book|coloring page|webtoon|character sheet|sprite|line art|vector art|chibi|avatar',
    4: 'character|creative|vector|nft',
  },
  'image-editing': {
    8: 'photo editing|photo editor|image editing|image editor|retouch|background removal|remove background|clipping path|photo manipulation|photo restoration|colorize|photoshop editing|presentation|powerpoint|ppt|pptx|pitch deck|slide|keynote|google slides|deck|vectorize|vector tracing|upscale|lightroom|product images|amazon images|listing images|a+ content|ebc|virtual staging|edit photo|edit image|ai image',
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
  'social-media': {
    8: 'social media|smm|instagram|tiktok|pinterest|influencer|followers|facebook page|youtube growth|youtube monetization|hashtag|content calendar|twitter|snapchat|reddit|ugc|social accounts|subscribers|monetize|youtube manager|youtube specialist|youtube strategist|youtube ads|likes',
    4: 'facebook|posts|engagement|viral|community|audience|awareness|promote|growth|shill|comments|content creator',
    2: 'reels|linkedin',
  },
  'digital-marketing': {
    10: 'seo',
    9: 'traffic|link builder|content marketing',
    8: 'search engine optimization|backlink|link building|keyword research|google ads|adwords|ppc|sem|facebook ads|fb ads|meta ads|tiktok ads|media buyer|ad campaign|ads manager|email marketing|klaviyo|mailchimp|email campaign|marketing automation|activecampaign|funnel|clickfunnels|affiliate|digital marketing|digital marketer|cro|conversion rate|amazon ppc|listing optimization|google my business|gmb|local seo|wikipedia|guest post|performance marketing|growth marketing|growth hacker|paid ads|retargeting|google shopping|merchant center|aso|sms marketing|email automation|newsletter|freshsales|hubspot|marketing|indexing|search console|clickbank',
    4: 'marketer|ads|advertising|advert|campaign|promote|meta|ranking|online presence|visibility|pay per|reviews',
    2: 'google|amazon|optimization',
  },
  'lead-generation': {
    8: 'lead generation|lead gen|leads|lead list|b2b leads|prospecting|prospect list|contact list|list building|cold call|telemarketing|telesales|appointment setter|appointment setting|setter|sales representative|sales rep|sales agent|salesperson|salesman|sales executive|closer|high ticket|business development|bdr|sdr|cold email|linkedin outreach|email finder|find emails|email addresses|decision makers|apollo|zoominfo|sales navigator|lead generator|dialer|outbound|door to door|commission|sales manager|sales|email list|list of companies|list of businesses|business list|verified emails|sales person',
    6: 'list of',
    4: 'outreach|clients|b2b|contacts|pipeline|deals|partnerships|sponsors|investors|distributors|retailers|debt collector|collector|emails',
    2: 'crm|sell',
  },
  'marketing-strategy': {
    8: 'marketing strategy|marketing plan|go to market|brand strategy|brand strategist|public relations|publicist|pr|press release|media outreach|podcast booking|get featured|media coverage|press coverage|content strategy|content strategist|marketing consultant|cmo|marketing director|head of marketing|marketing manager|sponsorship|crowdfunding|kickstarter|indiegogo|fundraising|brand positioning|positioning|marketing expert|marketing specialist|content director|creative director|brand manager|agency manager',
    4: 'strategy|strategist|strategic|launch|podcast|media|publication',
    2: 'brand',
  },
  'virtual-assistance': {
    8: 'virtual assistant|virtual assistance|va|personal assistant|executive assistant|admin assistant|administrative assistant|admin support|administrative support|secretary|receptionist|inbox management|email management|calendar management|calendar|scheduling|dropshipping|drop shipping|drop shipper|order processing|order fulfillment|fulfillment|aliexpress|ecommerce assistant|store management|errands|travel booking|operations assistant|assistant|office manager|admin|back office|ecommerce manager|amazon fba|fba|product listing|mystery shopper|test buy|personal shopper|concierge|asistente|shopify store manager',
    6: 'etsy|ebay|amazon seller|seller central|amazon store|amazon listing|walmart|poshmark',
    4: 'administrative|organize|operations|coordinator|arbitrage|assistance|assist',
    2: 'support|listing|upload|orders|tasks',
  },
  'data-entry': {
    8: 'data entry|copy paste|copy and paste|typing|typist|data collection|product upload|upload products|pdf to word|pdf to excel|convert pdf|data cleaning|clean data|data cleanup|data input|fill forms|form filling|catalog|web research|online research|internet research|database building|directory|collect data|google maps|excel data',
    4: 'excel|spreadsheet|google sheets|csv|entry|research|data|pdf',
    2: 'find|records|conversion|formatting|sheets',
  },
  transcription: {
    8: 'transcribe|transcription|transcriptionist|caption|subtitle|srt|closed caption|audio to text|speech to text|verbatim|minutes|meeting notes|note taker|notetaker',
  },
  'market-research': {
    8: 'market research|researcher|research assistant|survey|questionnaire|competitor analysis|competitive analysis|competitor research|product research|product review|feasibility study|industry research|industry report|market analysis|market study|focus group|customer research|user research|user interview|interview|literature review|desk research|fact check|find suppliers',
    4: 'study|analyze|trends|insights|opinion|feedback|info',
    2: 'find|search|information|analysis',
  },
  'project-management': {
    8: 'project manager|project coordinator|program manager|pm|project lead|delivery manager|technical project manager|operations manager|notion|asana|trello|clickup|click up|monday com|basecamp|chief of staff|coo|integrator|ops manager|project planning|implementation manager|team lead|construction manager',
    4: 'coordinator|coordinate|operations|ops|oversee|planning|sop|workflow',
  },
  'content-writing': {
    10: 'content writer|blog writer|article writer',
    8: 'article|blog|blog post|seo content|seo writer|seo article|web content|website content|website copy|writer|written|ai content|humanize|rewrite|paraphrase|news|journalist|journalism|listicle|content creation|editorial|columnist|medical writer|tech writer|about us|web copy|content editor|content optimizer|ebook on|medical content|health content|wellness content|fintech writer',
    4: 'topics|ai generated|tips|ways|guide|benefits|how to|why|what|best|mistakes|things|facts|recipes|tweets',
    2: 'content|post|words|content creator|threads',
  },
  copywriting: {
    10: 'copywriter|sales copy|email copy|landing page copy',
    8: 'copy writer|ad copy|product description|slogan|tagline|headline|vsl|sales letter|sales page|email sequence|email copywriter|direct response|captions|product copy|brand voice|ux writing|microcopy|naming|brand name|business name|name for|tag line',
    4: 'persuasive|description|copy',
    2: 'email|conversion',
  },
  'editing-proofreading': {
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
    8: 'technical writer|documentation|user manual|manual|standard operating procedure|api documentation|how to guide|knowledge base|help center|help article|user guide|instructions|release notes|technical documentation|technical content|training material|tutorial|guide',
    4: 'technical|procedures|process|policies|sop',
  },
  translation: {
    8: 'translate|translator|localization|localisation|transcreation|english to|to english|into english|from english|bilingual|multilingual|native speaker|traducción|traduction|traduzione|übersetzung|tradução|traductor|redactor',
    4: 'spanish|french|german|italian|portuguese|brazilian|chinese|mandarin|cantonese|japanese|korean|arabic|russian|dutch|polish|turkish|vietnamese|thai|indonesian|hindi|urdu|hebrew|greek|swedish|norwegian|danish|finnish|czech|romanian|hungarian|ukrainian|tagalog|filipino|malay|persian|farsi|bengali|swahili|slovak|serbian|croatian|bulgarian|latin|catalan|tamil|punjabi|georgian|icelandic|hiligaynon|cebuano|language',
    2: 'native',
  },
  'interpretation-tutoring': {
    8: 'interpreter|interpretation|language teacher|language tutor|language lesson|teach english|english teacher|english tutor|spanish tutor|esl|tefl|ielts|toefl|conversation practice|speaking practice|conversational|conversation partner|language exchange|pronunciation|sign language|asl',
    4: 'lesson|conversation|fluent|trainer|guide',
    2: 'tutor|teacher',
  },
  'customer-service': {
    8: 'customer service|customer support|customer care|customer success|customer experience|support agent|support specialist|support representative|customer representative|csr|chat support|live chat|chat agent|chatter|chat operator|helpdesk|help desk|zendesk|freshdesk|gorgias|intercom|call center|call centre|inbound call|answer calls|answering phones|phone support|email support|ticket|onlyfans|tech support|technical support|client support|customer inquiries|complaints|refund|after sales|account manager|client success|onboarding specialist|customer onboarding|kundensupport|kundenservice|sexter',
    4: 'support|inquiries|respond|messages|dm|fan|rep',
    2: 'customer|calls|phone|representative',
  },
  'community-management': {
    8: 'community manager|community moderator|moderator|moderation|content moderation|content moderator|discord server|discord mod|telegram group|facebook group|forum|mod|community builder|community engagement|tagging',
    4: 'community|discord|telegram|members',
  },
  'data-science': {
    8: 'data scientist|data science|data analyst|data analysis|data analytics|analytics|machine learning|ml|deep learning|neural network|nlp|natural language processing|computer vision|opencv|yolo|pytorch|tensorflow|keras|scikit learn|pandas|numpy|jupyter|r programming|rstudio|statistics|statistical|statistician|spss|stata|regression|forecasting|predictive|power bi|powerbi|tableau|looker|data studio|metabase|visualization|visualisation|dashboard|data engineer|data engineering|etl|data pipeline|airflow|snowflake|bigquery|databricks|spark|pyspark|dbt|data warehouse|data modeling|ab testing|a b testing|split testing|tag manager|ga4|google analytics|conversion tracking|pixel|attribution|alteryx|matlab|time series|sentiment analysis|recommendation system|clustering|dataset|big data|data mining|econometrics|biostatistics|pivot table|business intelligence|bi|ocr|model training|hugging face|huggingface|arcgis|qgis|gis|geospatial|quantitative|event tracking',
    4: 'analyze|analyst|sql|insights|metrics|kpi|r|data|tracking',
    2: 'model|analysis',
  },
  'data-extraction': {
    8: 'scrape|web scraping|crawler|data extraction|extract data|data extractor|data scraping|beautifulsoup|scrapy|apify|octoparse|phantombuster|extract emails|extract|parsing|harvest|company data|contact data|web data|pull data|company information',
  },
  'data-annotation': {
    8: 'annotation|annotator|labeling|labelling|data labeling|image labeling|image tagging|bounding box|segmentation|rlhf|ai trainer|ai training|training data|data tagging|label images|categorize|classify images',
  },
  'it-infrastructure': {
    8: 'devops|dev ops|aws|azure|gcp|google cloud|kubernetes|k8s|docker|terraform|ansible|ci cd|cicd|jenkins|linux|ubuntu|centos|vps|dns|office 365|microsoft 365|o365|google workspace|g suite|gsuite|exchange server|active directory|sysadmin|sys admin|system administrator|system admin|network engineer|network administrator|networking|firewall|vpn|cisco|fortinet|mikrotik|pfsense|wifi|it support|it specialist|it expert|it consultant|it technician|it administrator|it manager|database administrator|dba|backup|nas|synology|proxmox|vmware|hyper v|virtualization|nginx|apache|cpanel|whm|plesk|hosting|cloud engineer|cloud architect|solution architect|sre|infrastructure|sharepoint|intune|atlassian|confluence|jira admin|mdm|email server|smtp|mail server|email deliverability|deliverability|dmarc|dkim|spf|windows server|remote desktop|rdp|citrix|voip|pbx|3cx|asterisk|cloudflare|lambda|ec2|s3|serverless|monitoring|grafana|prometheus|helm|load balancer|ssl|database administration|redis|kafka|rabbitmq|deployment|devsecops',
    6: 'server',
    4: 'configure|configuration|install|administration|troubleshoot|domain|cloud|microsoft|router',
    2: 'admin|upgrade|migrate',
  },
  cybersecurity: {
    8: 'cybersecurity|cyber security|security|penetration test|pentest|pen test|hacker|ethical hacker|vulnerability|malware|virus|ransomware|soc 2|soc2|iso 27001|infosec|siem|2fa|mfa|account recovery|recover account|recover my|bug bounty|forensic|phishing|encryption|owasp|security audit|threat|nist|cissp|it compliance|pci|risk assessment|incident response|scam|fraud|stolen|osint|investigator|private investigator|background check',
  },
  'erp-crm': {
    8: 'salesforce|zoho|odoo|netsuite|sap|dynamics 365|business central|erp|servicenow|workday|pipedrive|crm setup|crm implementation|crm integration|crm developer|crm consultant|crm admin|apex|power apps|powerapps|dataverse|acumatica|filemaker|knack|softr|glide|appsheet|retool|erpnext|perfex|gohighlevel|go high level|ghl',
    4: 'crm|hubspot|implementation|customization|configuration',
  },
  'cad-3d': {
    8: '3d model|3d modelling|3d render|3d rendering|rendering|render|3d artist|3d design|3d visualization|cad|autocad|solidworks|fusion 360|sketchup|revit|bim|rhino|grasshopper|stl|3d printing|drafting|draftsman|technical drawing|cad drawing|cnc|step file|keyshot|3ds max|3dsmax|lumion|vray|v ray|twinmotion|enscape|archviz|product rendering|zbrush|substance painter|3d asset|3d character|low poly|texturing|3d scan|photogrammetry|catia|creo|sheet metal',
    6: '3d',
    4: 'model|modelling|blender|maya|drawing|cinema 4d',
  },
  engineering: {
    8: 'engineering|mechanical|mechanical engineer|electrical|electrical engineer|electronics|pcb|circuit|schematic|arduino|raspberry pi|esp32|stm32|microcontroller|plc|scada|hvac|plumbing|structural|civil engineer|civil engineering|pe stamp|stamped|calculations|fea|cfd|ansys|abaqus|comsol|simulation|solar|photovoltaic|energy|battery|motor|hydraulic|pneumatic|chemical|chemist|chemistry|biology|biologist|biotech|physics|physicist|math|mathematics|mathematician|scientific|scientist|laboratory|formulation|formulator|estimating|estimator|quantity takeoff|takeoff|quantity surveyor|cost estimate|construction estimate|sourcing agent|product sourcing|procurement|supplier|manufacturer|factory|alibaba|logistics|supply chain|freight|forwarder|importer|inventory management|iot|fpga|verilog|vhdl|antenna|control system|control engineer|robotics|robot|automotive|aerospace|surveying|geotechnical|environmental|sustainability|mep|fire protection|elevator|welding|injection molding|mold design|metallurgy|simulink|labview|altium|kicad|ltspice|power supply|hardware|medical device|r d|food science|agronomy|hydroponic|agriculture|geology|vibration|stress|strain',
    4: 'specification|construction|contractor|permit|shipping|export|device',
    2: 'engineer|sourcing',
  },
  'architecture-interior': {
    8: 'architect|architectural|architecture|interior design|interior|landscape|landscaping|garden|floor plan|floorplan|house plan|home design|kitchen|bathroom|renovation|remodel|exterior|facade|residential|building design|trade show|booth|exhibition stand|home staging|adu|zoning|permit drawing|construction drawing|architectural drawing|elevation|site plan|urban design|urban planning|space planning|moodboard|mood board|lighting design|decor|room design|office design|restaurant design|retail design|patio|backyard|cabin|tiny house|villa|apartment|house',
    4: 'room|pool',
    2: '3d|home',
  },
  bookkeeping: {
    8: 'bookkeeping|book keeping|bookkeping|quickbooks|qbo|xero|wave accounting|freshbooks|zoho books|reconciliation|reconcile|accounts payable|accounts receivable|payroll|ledger|catch up|cleanup|sage|myob|invoicing|billing|expense|receipt|categorize transactions|month end|bank statement|chart of accounts|1099|journal entries|profit and loss|balance sheet',
  },
  'accounting-finance': {
    8: 'accountant|accounting|accountancy|cpa|chartered accountant|tax|tax return|tax preparation|tax prep|tax filing|irs|vat|sales tax|gst|hmrc|audit|auditor|financial|financial model|financial modelling|financial analyst|financial analysis|financial statement|financial projection|financial forecast|financial plan|financial advisor|cash flow|budgeting|cfo|valuation|investment|investor|venture capital|private equity|hedge fund|fund|due diligence|dcf|lbo|mergers|acquisitions|1040|w2|gaap|ifrs|fp a|equity research|stock|trader|forex|wealth|retirement|mortgage|loan|lending|credit|credit repair|underwriting|banking|bank|treasury|controller|revenue|pricing model|unit economics|payment processing|s corp|c corp|tax advisor|tax consultant|transfer pricing|tax planning|estate planning|equity|broker|arbitrage bot|rsi|bollinger|options|securities',
    6: 'finance',
    4: 'profit|pricing|money|trading|insurance',
  },
  'management-consulting': {
    8: 'business plan|business consultant|business consulting|consultant|consulting|consultancy|business analyst|business analysis|business strategy|strategy consultant|management consulting|management consultant|process improvement|business process|feasibility|startup consultant|startup advisor|investor deck|advisor|advisory|growth strategy|market entry|okr|lean six sigma|six sigma|change management|pricing strategy|operations consultant|business coach|business model|strategic planning|swot|franchise|exit strategy|fractional coo|organizational design|org chart|esg|expert advice|consultation|expert call|industry expert|subject matter expert|advice|guidance|brainstorm|turnaround',
    4: 'strategy|strategist|strategic',
  },
  'recruiting-hr': {
    8: 'recruiter|headhunter|talent acquisition|talent sourcing|staffing|hr|human resources|hr consultant|hr manager|hr generalist|hr specialist|hr assistant|people ops|people operations|job description|job posting|job ads|candidate|candidate sourcing|hiring manager|screening|resume screening|employee handbook|hris|compensation|benefits|payroll setup|employee onboarding|performance review|performance management|employee engagement|workforce|labor law|employment law|linkedin recruiter|applicant tracking|ats|executive search|talent scout|talent manager|vetting|recruitment agency',
    4: 'interviews',
    2: 'hiring|talent',
  },
  coaching: {
    8: 'coach|life coach|career coach|executive coach|mentor|fitness|personal trainer|personal training|workout|exercise|gym|nutrition|nutritionist|dietitian|diet|meal plan|yoga|pilates|meditation|mindfulness|wellness|wellbeing|mental health|therapist|therapy|counselor|counsellor|counseling|psychologist|psychology|psychotherapist|mindset|dating|astrology|tarot|spiritual|healing|reiki|hypnosis|instructional design|curriculum|course design|course creation|course content|online course|e learning|elearning|lms|articulate|storyline|rise 360|scorm|training program|workshop|facilitator|homeschool|lesson plan|educator|education|sat|gmat|gre|test prep|exam prep|public speaking|interview coaching|leadership development|soft skills|sales training|corporate training|health coach|weight loss|bodybuilding|athlete|golf|tennis|football|soccer|chess|parenting|self improvement',
    4: 'tutor|teacher|sports|training|trainer',
  },
  legal: {
    8: 'lawyer|attorney|legal|law|law firm|paralegal|solicitor|barrister|counsel|general counsel|legal advice|legal counsel|legal consultant|contract review|contract drafting|draft a contract|draft contract|contract lawyer|contract writer|agreement|nda|terms and conditions|terms of service|terms of use|privacy policy|trademark|patent|copyright|derecho|abogado|avocat|rechtsanwalt|immigration|visa|green card|citizenship|residency|residence permit|work permit|litigation|lawsuit|sue|court|legal dispute|dispute|arbitration|mediation|personal injury|intellectual property|license agreement|llc formation|incorporation|company formation|company registration|business registration|register a company|notary|notarize|apostille|power of attorney|will and testament|probate|divorce|custody|family law|eviction|landlord|tenant|employment contract|shareholder agreement|operating agreement|partnership agreement|legal document|legal research|legal writing|legal brief|demand letter|cease and desist|gdpr|regulatory|compliance|corporate law|contract law|tax law|real estate law|criminal|bankruptcy|debt collection|legal review|dmca|takedown|chargeback|legal entity|intake specialist|pre litigation',
    4: 'contract|rights|claim|case|policy|draft',
    2: 'documents',
  },
};
