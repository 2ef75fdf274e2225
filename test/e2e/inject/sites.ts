/** Bundled (IIFE) and evaluated in a served page: the site adapters' own scan, exactly as lib/ builds it. */
import { scanPage } from '../../../lib/sites/registry';

(globalThis as unknown as { __papershelfScan: (href: string) => unknown }).__papershelfScan = (href) => scanPage(document, new URL(href));
