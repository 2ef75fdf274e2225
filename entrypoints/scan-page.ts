import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ADAPTERS, FALLBACK_ADAPTERS } from '../lib/sites/registry';
import { answerFullRescans, nativeRuntime } from '../lib/content/page-watcher';

/** Injected by the background on a toolbar click (activeTab): reads any page with every adapter. */
export default defineUnlistedScript(() => answerFullRescans(nativeRuntime(), ADAPTERS, FALLBACK_ADAPTERS));
