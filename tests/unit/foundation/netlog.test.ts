// The e2e "nothing leaves the machine" check must catch a leak when there is one.
import { describe, expect, it } from 'vitest';
import { leavingRequests, readNetLog } from '../../e2e/harness';

const log = (events: object[]) =>
  JSON.stringify({ constants: { logEventTypes: { URL_REQUEST_START_JOB: 7, OTHER: 1 } }, events }).replace(/\]\}$/, ',');

describe('network log check', () => {
  it('flags extension requests anywhere and page requests to other hosts', () => {
    const requests = readNetLog(
      log([
        { type: 7, params: { url: 'https://www.upwork.com/nx/search/jobs/', initiator: 'https://www.upwork.com' } },
        { type: 7, params: { url: 'https://www.upwork.com/api', initiator: 'chrome-extension://abc' } },
        { type: 7, params: { url: 'https://tracker.example/x', initiator: 'https://www.fiverr.com' } },
        { type: 7, params: { url: 'https://update.googleapis.com/x', initiator: 'not an origin' } },
        { type: 1, params: { url: 'https://preconnect.example/', initiator: 'https://www.fiverr.com' } },
        { type: 7, params: { url: 'chrome-extension://abc/popup.html', initiator: 'chrome-extension://abc' } },
      ]),
    );
    expect(requests).toHaveLength(5);
    expect(leavingRequests(requests)).toEqual([
      'chrome-extension://abc -> https://www.upwork.com/api',
      'https://www.fiverr.com -> https://tracker.example/x',
    ]);
  });
});
