/**
 * A selection read as the part of the page it is: the selected elements (their links, italics, headings and list
 * structure) read by the same adapters as the whole page, instead of the selection's flattened text alone.
 *
 * Which reading wins: the elements' one when it finds a list (3 or more entries) at least nine tenths as long as the
 * text's (not counting its entries that are a card's citation line); otherwise the text's (a single selected reference, a
 * selection cutting across blocks, pasted text).
 */
import type { Candidate, PageScan } from '../model';
import { isCitationLineTitle } from '../text/reference';
import { scanPage } from './registry';

/**
 * The selected elements (the selection's ranges cloned) put into `emptyDocument`, read like a page at `url`; null
 * when nothing is recognised.
 */
export function readSelectedElements(selected: readonly DocumentFragment[], emptyDocument: Document, url: URL): PageScan | null {
  if (selected.length === 0) return null;
  for (const fragment of selected) emptyDocument.body.append(emptyDocument.importNode(fragment, true));
  return scanPage(emptyDocument, url);
}

/** The entries of the reading that saw more of the selected list (see the module's rule). */
export function preferredSelectionReading(fromElements: readonly Candidate[], fromText: readonly Candidate[]): readonly Candidate[] {
  // A card's citation or badge line the text reading took for an entry is no more of the list.
  const text = fromText.filter((e) => !isCitationLineTitle(e.title)).length;
  return fromElements.length >= 3 && fromElements.length * 10 >= text * 9 ? fromElements : fromText;
}
