// Sends a message to the background and waits for its reply. Content scripts and pages use
// this one function so every message goes through the same schema.
import type { MessageInput, Reply } from './messages';

export async function sendMessage(message: MessageInput): Promise<Reply> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
  return reply ?? { ok: false, error: 'The background did not answer.', reason: 'storage' };
}
