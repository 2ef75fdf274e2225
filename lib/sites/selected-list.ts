/**
 * A selection read as the part of the page it is: the selected elements (their links, italics, headings and list
 * structure) read by the same adapters as the whole page, instead of the selection's flattened text alone.
 *
 * Which reading wins: the elements' one when it finds a list (3 or more entries) at least nine tenths as long as the
 * text's (not counting the text's entries whose title is a card's citation line, a journal the elements' reading read as
 * a venue, a line of names or a field's label); otherwise the text's (a single selected reference, a selection cutting across blocks,
 * pasted text).
 */
import type { Candidate, PageScan } from '../model';
import { isCitationLineTitle, isNamesOnlyLine } from '../text/reference';
import { titleKey } from '../identity';
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

/** A field's label alone or opening the line ("作者：", "作者：Kang-Hua Chen,Jiao Feng,", "Journal:"). */
const FIELD_LABEL = /^[\p{L}\s]{1,20}(?:[:：]$|：)/u;

/** The entries of the reading that saw more of the selected list (see the module's rule). */
export function preferredSelectionReading(fromElements: readonly Candidate[], fromText: readonly Candidate[]): readonly Candidate[] {
  const venues = new Set(fromElements.flatMap((e) => (e.venue ? [titleKey(e.venue)] : [])));
  const elementTitles = new Set(fromElements.map((e) => titleKey(e.title)));
  const misread = (title: string) =>
    isCitationLineTitle(title) ||
    // Not a title both readings read so (a page's own names line in a block): that one is no more of one list than the other.
    (!elementTitles.has(titleKey(title)) && (venues.has(titleKey(title)) || isNamesOnlyLine(title) || FIELD_LABEL.test(title)));
  // A card's citation or badge line the text reading took for an entry is no more of the list; nor is a journal's line
  // ("Title / Names (2026) / Nature Genetics" read with the journal for its title), a line of names, nor a field's label
  // ("作者：" over a card's names).
  const text = fromText.filter((e) => !misread(e.title)).length;
  return fromElements.length >= 3 && fromElements.length * 10 >= text * 9 ? fromElements : fromText;
}
