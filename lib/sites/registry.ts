import type { PageScan } from '../model';
import type { PagedListing, Site, SiteAdapter } from './adapter';
import { findAdapterIn, scanWith, type FoundAdapter } from './find';
import { matchesPattern } from './match';
import { huggingface, huggingfaceSite } from './huggingface';
import { alfolio, alfolioSite } from './alfolio';
import { hugoacademic, hugoacademicSite } from './hugoacademic';
import { academicpages, academicpagesSite } from './academicpages';
import { scholarfeed, scholarfeedSite } from './scholarfeed';
import { arxiv, arxivSite } from './arxiv';
import { googlescholar, googlescholarSite } from './googlescholar';
import { semanticscholar, semanticscholarSite } from './semanticscholar';
import { dblp, dblpSite } from './dblp';
import { openreview, openreviewSite } from './openreview';
import { generic, genericSite } from './generic';
import { parseHuggingFaceText } from '../text/huggingface';
import { parseScholarFeedText } from '../text/scholarfeed';

/*
 * The one list of sites. Adding a site: its adapter file lib/sites/<id>.ts (declaring `<id>Site` and the adapter `<id>`),
 * a fixture registered in test/fixtures/fixtures.ts, test/sites/<id>.test.ts, and the site in SITES and ADAPTERS below
 * (plus TEXT_PARSERS when its visible text has its own reader). Content scripts are generated from SITES
 * (modules/site-content-scripts.ts); test/sites/registry.test.ts fails when any of this is missing.
 *
 * Two lists because of bundle size: the popup, the side panel and the background read SITES (names, match patterns)
 * and must not bundle every adapter's parsing code, which only ADAPTERS pulls in.
 */

/** Every site, most specific first: id, display name, match patterns. Light: no parsing code. */
export const SITES: readonly Site[] = [
  huggingfaceSite,
  arxivSite,
  googlescholarSite,
  semanticscholarSite,
  dblpSite,
  openreviewSite,
  scholarfeedSite,
  alfolioSite,
  hugoacademicSite,
  academicpagesSite,
];

/** Every site adapter, in the order of SITES. */
export const ADAPTERS: SiteAdapter[] = [
  huggingface,
  arxiv,
  googlescholar,
  semanticscholar,
  dblp,
  openreview,
  scholarfeed,
  alfolio,
  hugoacademic,
  academicpages,
];

/** Tried after every site adapter has declined the page; kept out of ADAPTERS so the per-site registry rules skip it. */
export const FALLBACK_ADAPTERS: SiteAdapter[] = [generic];

type TextParser = (text: string, url: URL, viewedAt: Date) => PageScan;

/** Sites whose visible text (a selection, a pasted list) has its own reader, by site id; any other text goes to the publication-list reader. */
export const TEXT_PARSERS: Readonly<Record<string, TextParser>> = { huggingface: parseHuggingFaceText, scholarfeed: parseScholarFeedText };

/** Where papers come from besides the sites: the fallback reader of any page, and text pasted or selected (lib/text/publist.ts). */
export const OTHER_SOURCES: readonly Site[] = [genericSite, { id: 'text', name: 'Pasted text', matches: [] }];

/** The site whose match patterns claim the URL (the most specific first), or null. */
export function siteClaiming(url: URL): Site | null {
  return SITES.find((s) => s.matches.some((p) => matchesPattern(p, url))) ?? null;
}

/** The paged listing a URL is a page of, as its site declares it (Site.pagedListing), or null. */
export function pagedListingOf(url: URL): PagedListing | null {
  return siteClaiming(url)?.pagedListing?.(url) ?? null;
}

/** The adapter for a page: URL-claimed adapters first, then the on-demand ones (lab pages on any host), then the fallback. */
export function findAdapter(doc: Document, url: URL): FoundAdapter | null {
  return findAdapterIn(ADAPTERS, FALLBACK_ADAPTERS, doc, url);
}

/** Scan a page with its adapter; null when no adapter recognises it. */
export function scanPage(doc: Document, url: URL): PageScan | null {
  return scanWith(findAdapter(doc, url), doc, url);
}

/**
 * The site's script in the build (modules/site-content-scripts.ts emits it): its parser, rescans and marks, which the
 * background injects into a matched page when it needs the entries.
 */
export function siteScriptFile(site: Site): string {
  return `/site-scripts/${site.id}.js`;
}

/** Match patterns for the manifest's host permissions: every host a site claims. */
export function claimedMatchPatterns(): string[] {
  return [...new Set(SITES.flatMap((s) => s.matches))];
}
