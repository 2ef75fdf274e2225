import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { selectionText } from '../lib/content/selection-text';
import { readSelectedElements } from '../lib/sites/selected-list';

/**
 * Injected by the background on "Capture selection as papers" (activeTab): the selection's text (formulas as TeX)
 * and the selected elements read like a page; the background validates both and keeps the reading that saw more.
 */
export default defineUnlistedScript(() => {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return { text: '' };
  const selected: DocumentFragment[] = [];
  for (let i = 0; i < selection.rangeCount; i++) selected.push(selection.getRangeAt(i).cloneContents());
  const text = selectionText(selection);
  try {
    const elements = readSelectedElements(selected, document.implementation.createHTMLDocument(''), new URL(location.href));
    return { text, elements };
  } catch {
    return { text };
  }
});
