import type { PageScan } from '../model';
import { TEXT_PARSERS, siteClaiming } from '../sites/registry';
import { parsePublicationListText } from './publist';

/**
 * Parse the visible text of a listing page (document.body.innerText, a copied selection, a pasted list) into a scan.
 * The site's own text reader when a site with one claims the URL (lib/sites/registry.ts); otherwise a generic
 * publication-list reader. A date shown without a year is taken to be in the year of `viewedAt`.
 */
export function parseVisibleText(text: string, url: URL, viewedAt: Date): PageScan {
  const site = siteClaiming(url);
  const parse = (site && TEXT_PARSERS[site.id]) ?? parsePublicationListText;
  return parse(text, url, viewedAt);
}
