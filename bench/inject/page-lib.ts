/** Bundled (IIFE) and injected into served web pages: the site adapters, exactly as lib/ builds them. */
import { ADAPTERS, findAdapter, scanPage } from '../../lib/sites/registry';

(globalThis as unknown as { __papershelfBench: unknown }).__papershelfBench = { ADAPTERS, findAdapter, scanPage };
