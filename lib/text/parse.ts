import type { PageScan } from '../model';
import { parseHuggingFaceText } from './huggingface';
import { parsePublicationListText } from './publist';
import { parseScholarFeedText } from './scholarfeed';

/**
 * Parse the visible text of a listing page (document.body.innerText, a copied selection, a pasted list) into a scan.
 * The site's own text form when the host is known; otherwise a generic publication-list reader.
 * A date shown without a year is taken to be in the year of `viewedAt`.
 */
export function parseVisibleText(text: string, url: URL, viewedAt: Date): PageScan {
  const host = url.hostname.replace(/^www\./, '');
  if (host === 'huggingface.co') return parseHuggingFaceText(text, url, viewedAt);
  if (host === 'scholarfeed.org') return parseScholarFeedText(text, url, viewedAt);
  return parsePublicationListText(text, url, viewedAt);
}
