import { defineContentScript } from 'wxt/utils/define-content-script';
import { googlescholar } from '../lib/sites/googlescholar';
import { nativeRuntime, startPageWatcher } from '../lib/content/page-watcher';

export default defineContentScript({ matches: googlescholar.matches, runAt: 'document_idle', main: () => startPageWatcher(nativeRuntime(), [googlescholar]) });
