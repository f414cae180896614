// The site adapters the `analyze` command can drive, picked by the page URL's host.
import { fiverr } from '../fiverr/adapter';
import type { SiteAdapter } from '../model/site';
import { upwork } from '../upwork/adapter';

const BY_HOST: [RegExp, SiteAdapter][] = [
  [/^(?:www\.)?upwork\.com$/, upwork],
  [/^(?:www\.)?fiverr\.com$/, fiverr],
];

export const adapterFor = (url: URL): SiteAdapter | null => BY_HOST.find(([host]) => host.test(url.hostname))?.[1] ?? null;
