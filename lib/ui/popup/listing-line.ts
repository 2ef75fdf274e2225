import type { Listing } from '../../model';

/**
 * What the review holds of the whole listing: "Aaron Clauset: 31 of 31 papers" where the page states the total,
 * "Hugging Face daily papers, 2026-11-30: 47 papers" where it does not.
 */
export function listingLine(listing: Listing, captured: number): string {
  const n = (k: number) => k.toLocaleString('en-US');
  const papers = (k: number) => (k === 1 ? 'paper' : 'papers');
  if (listing.total === undefined) return `${listing.title}: ${n(captured)} ${papers(captured)}`;
  return `${listing.title}: ${n(captured)} of ${n(listing.total)} ${papers(listing.total)}`;
}
