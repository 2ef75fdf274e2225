import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPreopen } from '../lib/library/preopen';

/** Loaded by sidepanel.html as an async classic script in its head: it usually runs before the panel's modules. */
export default defineUnlistedScript(() => startPreopen());
