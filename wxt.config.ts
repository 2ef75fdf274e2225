import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { claimedMatchPatterns } from './lib/sites/registry';

/**
 * Firefox test build only (test/e2e/firefox.test.ts, firefox-harness.ts): extra host permissions, comma-separated
 * match patterns, that stand in for the activeTab grant only a real toolbar click gives (headless Firefox cannot
 * click it, and has no CDP Extensions.triggerAction as Chromium has). Such a build goes to its own directory
 * (.output/firefox-mv2-e2e); the product build never has them.
 */
const E2E_HOSTS = (process.env.PAPERSHELF_E2E_HOSTS ?? '').split(',').filter(Boolean);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  ...(E2E_HOSTS.length ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' } : {}),
  // The side panel's file worker (import, file sync, export) is an ES module worker (lib/ui/file-tools/file-worker-client.ts).
  vite: () => ({ plugins: [preact()], worker: { format: 'es' } }),
  hooks: {
    // Content scripts run on every matched page: they use the browser's own promise API (lib/content/page-watcher.ts)
    // and must not carry the webextension-polyfill, which the module aliases in for every other bundle.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) config.resolve!.alias = alias.filter((a) => a.find !== 'wxt/browser');
      else if (alias && typeof alias === 'object') delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Papershelf',
    description: 'Capture every paper on a listing page into a local library. BibTeX, JSON and CSL-JSON export; file sync.',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...claimedMatchPatterns(), ...E2E_HOSTS],
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
        ? { gecko: { id: 'papershelf@papershelf.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } }
        : undefined,
  }),
});
