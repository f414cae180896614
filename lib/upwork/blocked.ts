// Challenge and login walls: the page asked for never arrived, so "0 jobs" would be a lie.
// Cloudflare's challenge (2026-08 saved page) and Upwork's login form.
const WALLS = [
  '.up-challenge-container', // Upwork-branded Cloudflare challenge, 2026-08
  '#challenge-error-text', // Cloudflare, every era
  '#challenge-form',
  '#cf-challenge-running',
  '#login_username', // login wall (ab/account-security/login)
].join(', ');

export function isBlockedPage(doc: Document): boolean {
  if (doc.querySelector(WALLS)) return true;
  return /^(?:challenge\b|just a moment|attention required)/i.test((doc.title ?? '').trim());
}
