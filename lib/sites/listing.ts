import type { PageContext } from '../model';
import type { Listing } from './adapter';

/** A listing named by `title`, with the total where the page states it (a count in the page's context stats). */
export function listingOf(title: string | undefined, total?: number | string): Listing | null {
  if (!title) return null;
  return typeof total === 'number' && Number.isInteger(total) && total >= 0 ? { title, total } : { title };
}

/** A search listing: "arXiv search “distributed systems”"; a query already in quotes keeps its own. */
export function searchTitle(site: string, query: string): string {
  const q = query.trim();
  return /^".*"$/.test(q) ? `${site} search ${q}` : `${site} search “${q}”`;
}

/** A person's or lab's page: the owner's name, else the page's title. */
export function ownerListing(context: PageContext | undefined, total?: number | string): Listing | null {
  return listingOf(context?.name ?? context?.title, total);
}
