import { defineContentScript } from 'wxt/utils/define-content-script';
import { openreview } from '../lib/sites/openreview';
import { nativeRuntime, startPageWatcher } from '../lib/content/page-watcher';

export default defineContentScript({ matches: openreview.matches, runAt: 'document_idle', main: () => startPageWatcher(nativeRuntime(), [openreview]) });
