import type { PageScan } from '../model';
import type { SiteAdapter } from './adapter';
import { findAdapterIn, scanWith, type FoundAdapter } from './find';
import { huggingface } from './huggingface';
import { alfolio } from './alfolio';
import { hugoacademic } from './hugoacademic';
import { academicpages } from './academicpages';
import { scholarfeed } from './scholarfeed';
import { arxiv } from './arxiv';
import { googlescholar } from './googlescholar';
import { semanticscholar } from './semanticscholar';
import { dblp } from './dblp';
import { openreview } from './openreview';
import { generic } from './generic';

/**
 * Every site adapter, most specific first. Adding a site: one adapter file, one fixture, one test, one line here
 * (and, for an adapter that claims URLs, its three-line content script in entrypoints/<id>.content.ts).
 */
export const ADAPTERS: SiteAdapter[] = [huggingface, arxiv, googlescholar, semanticscholar, dblp, openreview, scholarfeed, alfolio, hugoacademic, academicpages];

/** Tried after every site adapter has declined the page; kept out of ADAPTERS so the per-site registry rules skip it. */
export const FALLBACK_ADAPTERS: SiteAdapter[] = [generic];

/** The adapter for a page: URL-claimed adapters first, then the on-demand ones (lab pages on any host), then the fallback. */
export function findAdapter(doc: Document, url: URL): FoundAdapter | null {
  return findAdapterIn(ADAPTERS, FALLBACK_ADAPTERS, doc, url);
}

/** Scan a page with its adapter; null when no adapter recognises it. */
export function scanPage(doc: Document, url: URL): PageScan | null {
  return scanWith(findAdapter(doc, url), doc, url);
}

/** Match patterns for the manifest's content script: every host an adapter claims. */
export function claimedMatchPatterns(): string[] {
  return [...new Set(ADAPTERS.flatMap((a) => a.matches))];
}
