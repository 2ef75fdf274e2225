import { defineContentScript } from 'wxt/utils/define-content-script';
import { semanticscholar } from '../lib/sites/semanticscholar';
import { nativeRuntime, startPageWatcher } from '../lib/content/page-watcher';

export default defineContentScript({ matches: semanticscholar.matches, runAt: 'document_idle', main: () => startPageWatcher(nativeRuntime(), [semanticscholar]) });
