// Wires the background: one message listener, answered asynchronously.
import { database } from '../db/open';
import { handleMessage } from './handle-message';

export function startBackground(): void {
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void handleMessage(database, message).then(sendResponse);
    return true;
  });
}
