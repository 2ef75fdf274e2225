import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { claimedMatchPatterns } from './lib/sites/registry';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Papershelf',
    description: 'Capture every paper on a listing page into a local library. BibTeX, JSON and CSL-JSON export; file sync.',
    permissions: ['activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: claimedMatchPatterns(),
    action: { default_title: 'Papershelf: review papers on this page' },
    commands: {
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save every new paper on this page',
      },
      ...(browser === 'firefox' ? {} : { _execute_action: { suggested_key: { default: 'Alt+Shift+P' } } }),
    },
    browser_specific_settings:
      browser === 'firefox'
        ? { gecko: { id: 'papershelf@papershelf.dev', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } }
        : undefined,
  }),
});
