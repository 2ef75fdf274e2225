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
  /** Selector of the element whose subtree grows when the page appends entries ("Show more", SPA lists). */
  watch?: string;
  /**
   * Each listed entry's title element and its title as the page shows it, for the "Saved" marks
   * (lib/content/saved-marks.ts matches them to extract()'s entries by title). Cheap: one query and textContent.
   */
  titles?(doc: Document, url: URL): EntryTitle[];
  /** The site's own "load more" control, for pages that hold only the first rows of a longer list (lib/content/load-all.ts). */
  loadMore?: LoadMore;
  /**
   * What the listing is and how long the page says the whole of it is: "Aaron Clauset" (31 papers), "Hugging Face
   * daily papers, 2026-11-30". Given the page's scan (from extract) so it reads the page's context once.
   */
  listing?(doc: Document, url: URL, scan: PageScan): Listing | null;
}

/** The page's address as the content script reads it: `location` itself (no URL parse) or a `URL`. */
export type PageAddress = Pick<URL, 'href' | 'hostname' | 'pathname' | 'search'>;

/**
 * What a site's auto-injected content script carries (no parser): how many entries the page lists, for the badge,
 * and what to watch for more. Exported as `<id>Presence` from the adapter's file (modules/site-content-scripts.ts).
 * The manifest's match patterns already chose the page, so the script tests no pattern itself.
 */
export interface SitePresence {
  /**
   * How many entries the page lists, cheaply (a query or two, no extraction): what `extract` finds; null when the
   * page is none of the site's listings (what the adapter's `detect` says), 0 for one whose entries are not there yet.
   */
  listed(doc: Document, at: PageAddress): number | null;
  /** Selector of the element whose subtree grows when the page appends entries ("Show more", SPA lists). */
  watch?: string;
  /**
   * The site moves between its pages without loading a new document (a single-page app): the script follows the
   * Navigation API and popstate there. Elsewhere every page is a new document and its own script run.
   */
  navigates?: boolean;
}

/** What the page shows when the site takes the reader for a robot, in the site's words where it has any. */
export interface RobotCheck {
  text: string;
}

/** The name of a listing and, where the page states it, how many entries the whole listing has. */
export interface Listing {
  title: string;
  total?: number;
}

/**
 * A page that appends rows when the user presses its own control (Google Scholar's "Show more"). Papershelf only ever
 * presses that control, at a person's pace, and stops at the site's robot check.
 */
export interface LoadMore {
  /** The control while it can still be pressed; null when it is gone or disabled (the whole list is on the page). */
  control(doc: Document): HTMLElement | null;
  /** How many rows the page holds now: one query. */
  rows(doc: Document): number;
  /** A robot check the site shows instead of more rows; null when there is none. */
  robotCheck(doc: Document, url: URL): RobotCheck | null;
  /** How many rows the whole list has, where the page states it. */
  expectedTotal?(doc: Document): number | undefined;
}

/** A title element on the page and the title it shows. */
export interface EntryTitle {
  element: Element;
  title: string;
}
