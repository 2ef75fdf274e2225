import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { claimedMatchPatterns } from '../lib/sites/registry';
import { startPageWatcher } from '../lib/content/page-watcher';

export default defineContentScript({
  matches: claimedMatchPatterns(),
  runAt: 'document_idle',
  main() {
    startPageWatcher(browser.runtime);
  },
});
