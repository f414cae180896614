// Phrases in a job description that mean off-platform contact or a scam, as data.
// Upwork's Terms forbid asking to talk or pay outside Upwork before a contract, and its
// Trust & Safety pages name Telegram/WhatsApp moves, unpaid "test" work and upfront fees
// as the usual scams; GigRadar's inspector (anchors.md) flags the same contact channels.

export interface ScamPhrase {
  /** off-platform: a contact or payment route around Upwork; scam-phrase: the usual cons. */
  flag: 'off-platform' | 'scam-phrase';
  /** What the panel names when it matches. */
  name: string;
  /** Case-insensitive, matched against the description and title. */
  pattern: RegExp;
}

const APPS = String.raw`(?:telegram|whats\s?app|skype|signal|wechat|discord)`;

/** Jobs that build a Telegram bot or a WhatsApp integration are fine: only a request to talk
 *  there, a handle or a link counts. */
export const SCAM_PHRASES: readonly ScamPhrase[] = [
  {
    flag: 'off-platform',
    name: 'contact on another app',
    pattern: new RegExp(
      String.raw`\b(?:contact|message|reach|text|add|dm|ping|call|chat with|talk to|write to|find)\s+(?:me|us)\s+(?:on|via|at|through|in)\s+${APPS}\b`,
      'i',
    ),
  },
  {
    flag: 'off-platform',
    name: 'a messenger handle',
    pattern: new RegExp(String.raw`\b${APPS}\s*(?:id|number|handle|username)?\s*[:=-]?\s*[@+][\w.+-]{3,}`, 'i'),
  },
  { flag: 'off-platform', name: 'a messenger link', pattern: /\b(?:t\.me|wa\.me|discord\.gg)\/\S+/i },
  { flag: 'off-platform', name: 'an e-mail address', pattern: /\b[\w.+-]+@[\w-]+\.[a-z]{2,}(?:\.[a-z]{2,})?\b/i },
  { flag: 'off-platform', name: 'a phone number', pattern: /\+\d[\d ()-]{8,}\d/ },
  {
    flag: 'off-platform',
    name: 'pay outside Upwork',
    pattern: /\b(?:pay(?:ment)?|paid|contact|talk|chat|work)\s+(?:\w+\s+){0,3}(?:outside|off)\s+(?:of\s+)?(?:upwork|the platform)\b/i,
  },
  { flag: 'scam-phrase', name: 'free sample', pattern: /\bfree\s+(?:sample|trial work|test(?:\s+task)?)\b/i },
  { flag: 'scam-phrase', name: 'unpaid test', pattern: /\bunpaid\s+(?:test|trial|sample)\b/i },
  {
    flag: 'scam-phrase',
    name: 'upfront fee',
    pattern: /\b(?:upfront|up-front|registration|training|onboarding|activation)\s+(?:fee|payment|deposit)\b/i,
  },
  { flag: 'scam-phrase', name: 'buy a kit first', pattern: /\b(?:buy|purchase)\s+(?:a\s+|the\s+)?(?:starter\s+)?kit\b/i },
  { flag: 'scam-phrase', name: 'crypto payment', pattern: /\bpaid\s+in\s+(?:crypto|usdt|bitcoin|btc)\b/i },
];

export interface PhraseMatch {
  flag: ScamPhrase['flag'];
  name: string;
  /** The words that matched, as written in the listing. */
  quote: string;
}

/** Every phrase the text contains, once per phrase. */
export function findScamPhrases(text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const phrase of SCAM_PHRASES) {
    const m = phrase.pattern.exec(text);
    if (m) out.push({ flag: phrase.flag, name: phrase.name, quote: m[0].slice(0, 80) });
  }
  return out;
}
