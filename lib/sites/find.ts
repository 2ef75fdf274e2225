import type { PageKind, PageScan } from '../model';
import type { SiteAdapter } from './adapter';
import { matchesPattern } from './match';

export type FoundAdapter<A = SiteAdapter> = { adapter: A; kind: PageKind };

/**
 * The adapter for a page among `adapters`: those claiming the URL first, then the on-demand ones (lab pages on any
 * host), then `fallbacks`. Kept free of the registry so a site's content script bundles only its own adapter.
 */
export function findAdapterIn<A extends Pick<SiteAdapter, 'matches' | 'detect'>>(
  adapters: A[],
  fallbacks: A[],
  doc: Document,
  url: URL,
): FoundAdapter<A> | null {
  for (const adapter of adapters) {
    if (adapter.matches.length === 0 || !adapter.matches.some((p) => matchesPattern(p, url))) continue;
    const kind = adapter.detect(doc, url);
    if (kind) return { adapter, kind };
  }
  for (const adapter of [...adapters.filter((a) => a.matches.length === 0), ...fallbacks]) {
    const kind = adapter.detect(doc, url);
    if (kind) return { adapter, kind };
  }
  return null;
}

/** The adapter's scan, with what the listing is (`listing`) and whether the site's "Show more" can load the rest (`loadMore`). */
export function scanWith(found: FoundAdapter | null, doc: Document, url: URL): PageScan | null {
  if (!found) return null;
  const { adapter } = found;
  const scan = adapter.extract(doc, url);
  const listing = adapter.listing?.(doc, url, scan);
  if (listing) scan.listing = listing;
  if (adapter.loadMore?.control(doc)) {
    const total = adapter.loadMore.expectedTotal?.(doc);
    scan.loadMore = total !== undefined ? { total } : {};
  }
  return scan;
}
