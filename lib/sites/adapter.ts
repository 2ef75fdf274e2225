import type { PageKind, PageScan } from '../model';

/**
 * What the extension knows of a site without its parser: declared once, at the foot of the site's adapter file, and
 * read by the manifest (match patterns), the popup and side panel (display name) and the text reader (which site a
 * URL belongs to). Kept apart from the adapter's functions so these readers bundle no parsing code.
 */
export interface Site {
  /** Equals the file name in lib/sites/; stored with every sighting. */
  id: string;
  /** What the popup and the side panel show for the site. */
  name: string;
  /** Match patterns the manifest injects the site's content script on; empty = only on demand (toolbar click). */
  matches: string[];
  /**
   * The paged listing this URL shows (an arXiv search, a /list period, a feed kind, an author's pages), named without
   * its paging parameters: the key of its "collect across pages" basket (lib/library/basket.ts). Null when the URL
   * is not a page of a listing. Pure and light: it is bundled into the background with the site's declaration.
   */
  pagedListing?(url: URL): PagedListing | null;
}

/** A paged listing: every page of it maps to the same key. */
export interface PagedListing {
  /** `<site id>:…`, the listing's identity without its paging parameters. */
  key: string;
  /** How the popup names it: "arXiv search “distributed systems” (abstract)". */
  label: string;
  /**
   * Where the site shows more of the listing on one page than the paged view does: what it can show there, and the
   * view's URL with its link text (default "Show it on one page").
   */
  onePage?: { text: string; url?: string; link?: string };
}

/** A site adapter: pure functions of (document, url), no side effects at import, no network. */
export interface SiteAdapter extends Site {
  /** Cheap: the URL and one or two queries. */
  detect(doc: Document, url: URL): PageKind | null;
  /** Pure and read-only. */
  extract(doc: Document, url: URL): PageScan;
  /** How many entries the page holds, cheaply (one query), for the badge before the user asks for anything. */
  count?(doc: Document, url: URL): number;
  /** Selector of the element whose subtree grows when the page appends entries ("Show more", SPA lists). */
  watch?: string;
  /**
   * Each listed entry's title element and its title as the page shows it, for the "Saved" marks
   * (lib/content/saved-marks.ts matches them to extract()'s entries by title). Cheap: one query and textContent.
   */
  titles?(doc: Document, url: URL): EntryTitle[];
}

/** A title element on the page and the title it shows. */
export interface EntryTitle {
  element: Element;
  title: string;
}
