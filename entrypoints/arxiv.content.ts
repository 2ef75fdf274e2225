import { defineContentScript } from 'wxt/utils/define-content-script';
import { arxiv } from '../lib/sites/arxiv';
import { nativeRuntime, startPageWatcher } from '../lib/content/page-watcher';

export default defineContentScript({ matches: arxiv.matches, runAt: 'document_idle', main: () => startPageWatcher(nativeRuntime(), [arxiv]) });
