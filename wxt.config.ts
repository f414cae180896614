import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host permissions are limited to the two sites; nothing else is requested.
export default defineConfig({
  manifest: {
    name: 'GigLens',
    description:
      'AI-substitution risk and rate trends on every Upwork job and Fiverr gig you see. Local only.',
    permissions: ['storage'],
    host_permissions: ['https://www.upwork.com/*', 'https://www.fiverr.com/*'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    browser_specific_settings: {
      gecko: {
        id: 'giglens@giglens.local',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
