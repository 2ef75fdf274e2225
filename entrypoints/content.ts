import { defineContentScript } from 'wxt/utils/define-content-script';
import { claimedMatchPatterns } from '../lib/sites/registry';
import { startPageWatcher, nativeRuntime } from '../lib/content/page-watcher';

export default defineContentScript({
  matches: claimedMatchPatterns(),
  runAt: 'document_idle',
  main() {
    startPageWatcher(nativeRuntime());
  },
});
