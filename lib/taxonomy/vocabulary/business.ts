// Admin, customer service, sales and marketing, accounting, consulting and legal.
export const BUSINESS: Record<string, Record<number, string>> = {
  'social-media': {
    8: 'social media|smm|instagram|tiktok|pinterest|influencer|followers|facebook page|youtube growth|youtube monetization|hashtag|content calendar|twitter|snapchat|reddit|ugc|social accounts|subscribers|monetize|youtube manager|youtube specialist|youtube strategist|youtube ads|likes|promote|promotion',
    4: 'facebook|posts|engagement|viral|community|audience|awareness|growth|shill|comments|content creator',
    2: 'reels|linkedin',
  },
  'digital-marketing': {
    12: 'generative engine optimization|answer engine optimization|ai search optimization|llm seo|ai seo|chatgpt seo|geo optimization',
    10: 'seo',
    9: 'traffic|link builder|content marketing',
    8: 'search engine optimization|backlink|link building|keyword research|google ads|adwords|ppc|sem|facebook ads|fb ads|meta ads|tiktok ads|media buyer|ad campaign|ads manager|email marketing|klaviyo|mailchimp|email campaign|marketing automation|activecampaign|funnel|clickfunnels|affiliate|digital marketing|digital marketer|cro|conversion rate|amazon ppc|listing optimization|google my business|gmb|local seo|wikipedia|guest post|performance marketing|growth marketing|growth hacker|paid ads|retargeting|google shopping|merchant center|aso|sms marketing|email automation|newsletter|freshsales|hubspot|marketing|indexing|search console|clickbank|email marketer|marketer',
    4: 'ads|advertising|advert|campaign|meta|ranking|online presence|visibility|pay per|reviews|promote|promotion',
    2: 'google|amazon|optimization',
  },
  'lead-generation': {
    8: 'skip tracing|skip trace|lead generation|lead gen|leads|lead list|b2b leads|prospecting|prospect list|contact list|list building|cold call|telemarketing|telesales|appointment setter|appointment setting|setter|sales representative|sales rep|sales agent|salesperson|salesman|sales executive|closer|high ticket|business development|bdr|sdr|cold email|linkedin outreach|email finder|find emails|email addresses|decision makers|apollo|zoominfo|sales navigator|lead generator|dialer|outbound|door to door|commission|sales manager|sales|email list|list of companies|list of businesses|business list|verified emails|sales person',
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
    // The role a title asks for outweighs the field it works in ("Social media virtual assistant").
    12: 'virtual assistant|virtual assistance|va|personal assistant|executive assistant|admin assistant|administrative assistant|admin support|administrative support|ecommerce assistant|operations assistant|amazon assistant|shopify assistant|sales assistant|marketing assistant|social media assistant|real estate assistant|assistente|asistente',
    10: 'assistant',
    8: 'secretary|receptionist|inbox management|email management|calendar management|calendar|scheduling|dropshipping|drop shipping|drop shipper|order processing|order fulfillment|fulfillment|aliexpress|store management|errands|travel booking|travel planning|trip planning|itinerary|office manager|admin|back office|ecommerce manager|amazon fba|fba|product listing|mystery shopper|test buy|personal shopper|concierge|shopify store manager|medical billing|dental billing|medical claims|insurance claims|claims specialist|insurance verification|prior authorization|transaction coordinator|property management|airbnb|vacation rental|administrator|amazon seller central',
    6: 'etsy|ebay|amazon seller|seller central|amazon store|amazon listing|walmart|poshmark',
    4: 'administrative|organize|operations|coordinator|arbitrage|assistance|assist|amazon|claims',
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
  'customer-service': {
    8: 'customer service|customer support|customer care|customer success|customer experience|support agent|support specialist|support representative|customer representative|csr|chat support|live chat|chat agent|chatter|chat operator|helpdesk|help desk|zendesk|freshdesk|gorgias|intercom|call center|call centre|inbound call|answer calls|answering phones|phone support|email support|ticket|onlyfans|tech support|technical support|client support|customer inquiries|complaints|refund|after sales|client success|onboarding specialist|customer onboarding|kundensupport|kundenservice|sexter',
    4: 'support|inquiries|respond|messages|dm|fan|rep',
    2: 'customer|calls|phone|representative',
  },
  'community-management': {
    8: 'community manager|community moderator|moderator|moderation|content moderation|content moderator|discord server|discord mod|telegram group|facebook group|forum|mod|community builder|community engagement|tagging',
    4: 'community|discord|telegram|members',
  },
  bookkeeping: {
    8: 'bookkeeping|book keeping|bookkeping|bookeeping|bookkeeper|quickbooks|qbo|xero|wave accounting|freshbooks|zoho books|reconciliation|reconcile|accounts payable|accounts receivable|payroll|ledger|catch up|cleanup|sage|myob|invoicing|billing|expense|receipt|categorize transactions|month end|bank statement|chart of accounts|1099|journal entries|profit and loss|balance sheet',
  },
  'accounting-finance': {
    8: 'accountant|accounting|accountancy|cpa|chartered accountant|tax|tax return|tax preparation|tax prep|tax filing|irs|vat|sales tax|gst|hmrc|audit|auditor|financial|financial model|financial modelling|financial analyst|financial analysis|financial statement|financial projection|financial forecast|financial plan|financial advisor|cash flow|budgeting|cfo|valuation|investment|investor|venture capital|private equity|hedge fund|fund|due diligence|dcf|lbo|mergers|acquisitions|1040|w2|gaap|ifrs|fp a|equity research|stock|trader|forex|wealth|retirement|mortgage|loan|lending|credit|credit repair|underwriting|banking|bank|treasury|controller|revenue|pricing model|unit economics|payment processing|s corp|c corp|tax advisor|tax consultant|transfer pricing|tax planning|estate planning|equity|broker|arbitrage bot|rsi|bollinger|options|securities',
    6: 'finance',
    4: 'profit|pricing|money|trading|insurance',
  },
  'management-consulting': {
    // Fiverr's AI for Businesses: AI Consulting, AI Strategy.
    10: 'ai consulting|ai consultant|ai strategy|ai adoption|ai readiness|ai roadmap|ai transformation',
    8: 'business plan|business consultant|business consulting|consultant|consulting|consultancy|business analyst|business analysis|business strategy|strategy consultant|management consulting|management consultant|process improvement|business process|feasibility|startup consultant|startup advisor|investor deck|advisor|advisory|growth strategy|market entry|okr|lean six sigma|six sigma|change management|pricing strategy|operations consultant|business coach|business model|strategic planning|swot|franchise|exit strategy|fractional coo|organizational design|org chart|esg|expert advice|consultation|expert call|industry expert|subject matter expert|advice|guidance|brainstorm|turnaround',
    4: 'strategy|strategist|strategic',
  },
  'recruiting-hr': {
    10: 'recruiter|recruitment|headhunter',
    8: 'talent acquisition|talent sourcing|staffing|hr|human resources|hr consultant|hr manager|hr generalist|hr specialist|hr assistant|people ops|people operations|job description|job posting|job ads|candidate|candidate sourcing|hiring manager|screening|resume screening|employee handbook|hris|compensation|benefits|payroll setup|employee onboarding|performance review|performance management|employee engagement|workforce|labor law|employment law|linkedin recruiter|applicant tracking|ats|executive search|talent scout|talent manager|vetting|recruitment agency',
    4: 'interviews',
    2: 'hiring|talent',
  },
  coaching: {
    // Fiverr's AI Lessons.
    10: 'ai lessons|ai course|ai workshop|ai training for|teach me ai|ai literacy|chatgpt course|chatgpt training|chatgpt lessons',
    8: 'coach|life coach|career coach|executive coach|mentor|fitness|personal trainer|personal training|workout|exercise|gym|nutrition|nutritionist|dietitian|diet|meal plan|yoga|pilates|meditation|mindfulness|wellness|wellbeing|mental health|therapist|therapy|counselor|counsellor|counseling|psychologist|psychology|psychotherapist|mindset|dating|astrology|tarot|spiritual|healing|reiki|hypnosis|instructional design|curriculum|course design|course creation|course content|online course|e learning|elearning|lms|articulate|storyline|rise 360|scorm|training program|workshop|facilitator|homeschool|lesson plan|educator|education|sat|gmat|gre|test prep|exam prep|public speaking|interview coaching|leadership development|soft skills|sales training|corporate training|health coach|weight loss|bodybuilding|athlete|golf|tennis|football|soccer|chess|parenting|self improvement',
    4: 'tutor|teacher|sports|training|trainer',
  },
  legal: {
    8: 'lawyer|attorney|legal|law|law firm|paralegal|solicitor|barrister|counsel|general counsel|legal advice|legal counsel|legal consultant|contract review|contract drafting|draft a contract|draft contract|contract lawyer|contract writer|agreement|nda|terms and conditions|terms of service|terms of use|privacy policy|trademark|patent|copyright|derecho|abogado|avocat|rechtsanwalt|immigration|visa|green card|citizenship|residency|residence permit|work permit|litigation|lawsuit|sue|court|legal dispute|dispute|arbitration|mediation|personal injury|intellectual property|license agreement|llc formation|incorporation|company formation|company registration|business registration|register a company|notary|notarize|apostille|power of attorney|will and testament|probate|divorce|custody|family law|eviction|landlord|tenant|employment contract|shareholder agreement|operating agreement|partnership agreement|legal document|legal research|legal writing|legal brief|demand letter|cease and desist|gdpr|regulatory|compliance|corporate law|contract law|tax law|real estate law|criminal|bankruptcy|debt collection|legal review|dmca|takedown|chargeback|legal entity|intake specialist|pre litigation',
    4: 'contract|rights|claim|case|policy|draft',
    2: 'documents',
  },
};
