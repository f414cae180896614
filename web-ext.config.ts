import { defineWebExtConfig } from 'wxt';

// `npm start` opens Chromium itself (tests/e2e/launch.mjs) with a fresh profile.
export default defineWebExtConfig({ disabled: true });
