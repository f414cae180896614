// Software, data, IT and engineering.
export const TECH: Record<string, Record<number, string>> = {
  'software-development': {
    8: 'full stack|fullstack|front end|frontend|back end|backend|laravel|django|react|reactjs|nextjs|next js|vue|vuejs|angular|nodejs|node js|typescript|php|ruby on rails|flask|fastapi|golang|asp net|net core|spring boot|c++|c#|chrome extension|browser extension|web app|web application|saas|firmware|software|mern|programmer|web developer|software engineer|desktop app|dot net|nuxt|nuxtjs|cakephp|codeigniter|symfony|yii|vb net|visual studio|compiler|dll|sharetribe',
    4: 'developer|dev|coding|javascript|java|python|api|database|sql|mysql|postgres|mongodb|firebase|supabase|bubble|portal|marketplace|debug|bug|stripe|mvp|embedded|rust|kotlin|net|functionality',
    2: 'build|feature|integration|tool|system|platform|module',
    1: 'fix',
  },
  'websites-cms': {
    8: 'wordpress|word press|woocommerce|woo commerce|shopify|wix|squarespace|webflow|elementor|kajabi|wp|divi|magento|bigcommerce|drupal|joomla|ecommerce website|online store|web design|website design',
    7: 'landing page|landingpage',
    6: 'website|web site|webpage|web page|homepage|websitepages|web designer',
    4: 'plugin|theme|cms|html|css|ecommerce|e commerce|domain',
    3: 'site',
    2: 'pages|store',
  },
  'mobile-development': {
    8: 'mobile app|flutter|react native|ios|android|iphone|swift|swiftui|xamarin|ionic|app store|play store|google play|play console|apk|testflight',
    4: 'app|apps|mobile',
  },
  'ui-ux-design': {
    8: 'ui ux|ux ui|ui|ux|user interface|user experience|figma|adobe xd|wireframe|app design|dashboard design|prototype|ui designer|ux designer|app designer',
    4: 'mockup|redesign|web design|website design|interactive|mock up',
  },
  'scripts-automation': {
    8: 'telegram bot|discord bot|trading bot|python script|vba|apps script|google script|zapier|integromat|make com|pine script|tradingview|trading view|mt4|mt5|metatrader|expert advisor|rpa|uipath|power automate|selenium|puppeteer|macro|scripting|automation',
    4: 'bot|webhook|powershell|excel formula|workflow|n8n|airtable|api integration|algorithm|indicator',
    2: 'excel|google sheets|spreadsheet|convert|tool|integrate|sync',
  },
  'ai-development': {
    12: 'claude api|gemini api|openai api|anthropic api|llm api|custom gpt|custom gpts|openai assistant|ai voice agent|ai voice agents|voice ai agent|ai receptionist|ai phone agent|ai calling agent|ai sales agent|ai agents|chatgpt integration|openai integration|gpt integration|llm integration|ai integrations|ai chatbot|ai chatbots|ai automations|ai mobile app|ai mobile apps|ai websites|ai saas|ai powered app|ai powered|ai fine tuning|ai technology consulting|ai apps',
    8: 'chatbot|chat bot|openai|llm|langchain|ai agent|agentic|gpt 3|gpt 4|gpt3|gpt4|chatgpt api|openai api|ai integration|voice agent|vapi|retell|rag|fine tune|vector database|generative ai|gen ai|ai app|ai automation|ai assistant|voiceflow|ai model|ai software',
    4: 'ai|artificial intelligence|gpt|chatgpt|prompt|prompts|claude|gemini|embeddings|ai tool',
  },
  'qa-testing': {
    10: 'qa tester|qa engineer|qa analyst',
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
  'data-science': {
    8: 'data scientist|data science|data analyst|data analysis|data analytics|analytics|machine learning|ml|deep learning|neural network|nlp|natural language processing|computer vision|opencv|yolo|pytorch|tensorflow|keras|scikit learn|pandas|numpy|jupyter|r programming|rstudio|statistics|statistical|statistician|spss|stata|regression|forecasting|predictive|power bi|powerbi|tableau|looker|data studio|metabase|visualization|visualisation|dashboard|data engineer|data engineering|etl|data pipeline|airflow|snowflake|bigquery|databricks|spark|pyspark|dbt|data warehouse|data modeling|ab testing|a b testing|split testing|tag manager|ga4|google analytics|conversion tracking|pixel|attribution|alteryx|matlab|time series|sentiment analysis|recommendation system|clustering|dataset|big data|data mining|econometrics|biostatistics|pivot table|business intelligence|bi|ocr|model training|hugging face|huggingface|arcgis|qgis|gis|geospatial|quantitative|event tracking',
    4: 'analyze|analyst|sql|insights|metrics|kpi|r|data|tracking',
    2: 'model|analysis',
  },
  'data-extraction': {
    8: 'scrape|web scraping|crawler|data extraction|extract data|data extractor|data scraping|beautifulsoup|scrapy|apify|octoparse|phantombuster|extract emails|extract|parsing|harvest|company data|contact data|web data|pull data|company information',
  },
  'data-annotation': {
    // Rating and checking a model's answers for its makers.
    12: 'ai responses|chatbot responses|evaluate ai|rate ai|rating ai|ai evaluator|ai rater|response rating|search quality rater|ai trainer',
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
    6: '3d|blender',
    4: 'model|modelling|maya|drawing|cinema 4d',
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
};
