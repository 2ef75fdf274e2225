import type { PageKind, PageScan } from '../model';
import type { SiteAdapter } from './adapter';
import { matchesPattern } from './match';
import { huggingface } from './huggingface';
import { alfolio } from './alfolio';

/** Every site adapter, most specific first. Adding a site: one adapter file, one fixture, one test, one line here. */
export const ADAPTERS: SiteAdapter[] = [huggingface, alfolio];

/** The adapter for a page: URL-claimed adapters first, then the on-demand ones (lab pages on any host). */
export function findAdapter(doc: Document, url: URL): { adapter: SiteAdapter; kind: PageKind } | null {
  for (const adapter of ADAPTERS) {
    if (adapter.matches.length === 0 || !adapter.matches.some((p) => matchesPattern(p, url))) continue;
    const kind = adapter.detect(doc, url);
    if (kind) return { adapter, kind };
  }
  for (const adapter of ADAPTERS) {
    if (adapter.matches.length !== 0) continue;
    const kind = adapter.detect(doc, url);
    if (kind) return { adapter, kind };
  }
  return null;
}

/** Scan a page with its adapter; null when no adapter recognises it. */
export function scanPage(doc: Document, url: URL): PageScan | null {
  const found = findAdapter(doc, url);
  return found ? found.adapter.extract(doc, url) : null;
}

/** Match patterns for the manifest's content script: every host an adapter claims. */
export function claimedMatchPatterns(): string[] {
  return [...new Set(ADAPTERS.flatMap((a) => a.matches))];
}
