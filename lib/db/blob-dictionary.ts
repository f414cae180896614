// The preset dictionary of the listings' deflated blobs (schema v4): strings most records
// share (category and rule ids as of 2026-12, pay and client words, common words), so a
// small blob does not pay for them again. Part of the stored format: never edit it; a new
// dictionary needs a new blob key beside it, and this one kept to read old records.
export const BLOB_DICTIONARY_1 = [
  ' and ', ' for ', ' the ', ' with ', ' to ', ' of ', ' in ', ' a ', ' you ', ' we ', ' our ', ' your ',
  ' is ', ' are ', ' looking for ', ' need ', ' experience ', ' project ', ' work ', ' website ', ' design ', ' develop', ' business ', ' content ',
  ' marketing ', ' data ', ' social media ', ' please ', ' will ', ' help ', '"I will ',
  '"software-development"', '"websites-cms"', '"mobile-development"', '"ui-ux-design"', '"scripts-automation"', '"ai-development"',
  '"qa-testing"', '"game-development"', '"blockchain"', '"product-management"', '"graphic-design"', '"logo-branding"',
  '"video-editing"', '"animation"', '"illustration"', '"image-editing"', '"voice-over"', '"music-audio"',
  '"photography"', '"product-design"', '"performing-arts"', '"social-media"', '"digital-marketing"', '"lead-generation"',
  '"marketing-strategy"', '"virtual-assistance"', '"data-entry"', '"transcription"', '"market-research"', '"project-management"',
  '"content-writing"', '"copywriting"', '"editing-proofreading"', '"creative-writing"', '"business-writing"', '"technical-writing"',
  '"translation"', '"interpretation-tutoring"', '"customer-service"', '"community-management"', '"data-science"', '"data-extraction"',
  '"data-annotation"', '"it-infrastructure"', '"cybersecurity"', '"erp-crm"', '"cad-3d"', '"engineering"',
  '"architecture-interior"', '"bookkeeping"', '"accounting-finance"', '"management-consulting"', '"recruiting-hr"', '"coaching"',
  '"legal"',
  '["task-translate"', '["task-proofread"', '["task-rewrite"', '["task-transcribe"',
  '["task-data-entry"', '["task-product-descriptions"', '["task-simple-logo"', '["task-background-removal"',
  '["task-small-script"', '["task-voice-read"', '["task-ai-output"', '["protect-strategy"',
  '["protect-architecture"', '["protect-compliance"', '["protect-licensed"', '["protect-on-site"',
  '["protect-live"', '["protect-relationship"', '["protect-accountability"', '["protect-domain-depth"',
  '["builds-ai-integration"', '["builds-ai-agents"', '["builds-ai-training"', '["builds-ai-evaluation"',
  '["market-entry-level"', '["market-small-budget"', '["market-short-job"', '["market-expert-level"',
  '["market-long-job"', '["market-large-budget"',
  '"USD"', '"EUR"', '"GBP"', '{"type":"hourly","min":', ',"max":', '{"type":"fixed","amount":',
  '{"type":"from","amount":', '"United States"', '"United Kingdom"', '"Canada"', '"Australia"', '"India"',
  '"Germany"', '"entry"', '"intermediate"', '"expert"', '"Posted ', ' hours ago"',
  ' minutes ago"', ' days ago"', 'yesterday"', '"Less than 1 month"', '"1 to 3 months"', '"3 to 6 months"',
  '"More than 6 months"', '"Less than 30 hrs/week"', '"More than 30 hrs/week"', '"level-1"', '"level-2"', '"top-rated"',
  'true,', 'false,', 'null,null,', '[["category-prior"]', ' … | ',
].join('');
