import { defineContentScript } from 'wxt/utils/define-content-script';
import { scholarfeed } from '../lib/sites/scholarfeed';
import { nativeRuntime, startPageWatcher } from '../lib/content/page-watcher';

export default defineContentScript({ matches: scholarfeed.matches, runAt: 'document_idle', main: () => startPageWatcher(nativeRuntime(), [scholarfeed]) });
