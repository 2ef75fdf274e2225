import { defineContentScript } from 'wxt/utils/define-content-script';
import { dblp } from '../lib/sites/dblp';
import { nativeRuntime, startPageWatcher } from '../lib/content/page-watcher';

export default defineContentScript({ matches: dblp.matches, runAt: 'document_idle', main: () => startPageWatcher(nativeRuntime(), [dblp]) });
