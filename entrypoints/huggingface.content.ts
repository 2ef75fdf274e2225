import { defineContentScript } from 'wxt/utils/define-content-script';
import { huggingface } from '../lib/sites/huggingface';
import { nativeRuntime, startPageWatcher } from '../lib/content/page-watcher';

export default defineContentScript({ matches: huggingface.matches, runAt: 'document_idle', main: () => startPageWatcher(nativeRuntime(), [huggingface]) });
