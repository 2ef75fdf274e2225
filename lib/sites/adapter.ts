import type { PageKind, PageScan } from '../model';

/** A site adapter: pure functions of (document, url), no side effects at import, no network. */
export interface SiteAdapter {
  /** Equals the file name in lib/sites/. */
  id: string;
  name: string;
  /** Match patterns the manifest injects the content script on; empty = only on demand (toolbar click). */
  matches: string[];
  /** Cheap: the URL and one or two queries. */
  detect(doc: Document, url: URL): PageKind | null;
  /** Pure and read-only. */
  extract(doc: Document, url: URL): PageScan;
  /** How many entries the page holds, cheaply (one query), for the badge before the user asks for anything. */
  count?(doc: Document, url: URL): number;
  /** Selector of the element whose subtree grows when the page appends entries ("Show more", SPA lists). */
  watch?: string;
}
