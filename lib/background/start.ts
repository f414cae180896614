// Wires the background: one message listener, answered asynchronously, and the content
// scripts' ports (a batch's pills first, its acknowledgement once stored).
import { compactDescription } from '../db/description-words';
import { useDescriptionCompactor } from '../db/listing-pack';
import { database } from '../db/open';
import { handleMessage } from './handle-message';
import { PAGE_PORT, pagePort } from './handle-port';

export function startBackground(): void {
  useDescriptionCompactor(compactDescription);
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void handleMessage(database, message).then(sendResponse);
    return true;
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_PORT) return;
    let open = true;
    port.onDisconnect.addListener(() => (open = false));
    port.onMessage.addListener(pagePort(database, (reply) => open && port.postMessage(reply)));
  });
}
