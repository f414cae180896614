import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { lintSafeBuild } from './scripts/lint-safe-build';

// Rendered from public/icon.svg by `npm run icons`; the toolbar icon is set in
// entrypoints/popup/index.html (WXT writes `action` or MV2's `browser_action` from it).
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' };

// Host permissions are limited to the two sites; nothing else is requested
// (tests/e2e/package.e2e.ts checks the built manifest).
export default defineConfig({
  manifest: ({ browser }) => ({
    // Store listing and browser UI in the user's language: public/_locales/*/messages.json.
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: ['https://www.upwork.com/*', 'https://www.fiverr.com/*'],
    icons: ICONS,
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    // Firefox only: Chrome warns about keys it does not know.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'giglens@giglens.local',
          // Nothing is collected or transmitted: see docs/privacy.md.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  // `npm run zip`: giglens-<version>-chrome.zip, -firefox.zip and -sources.zip in .output/.
  // The sources archive holds what `npm ci && npm run zip` needs to rebuild the same files.
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'store/**', 'coverage/**', 'dist/**'],
  },
  vite: () => ({ plugins: [preact(), lintSafeBuild()] }),
});
