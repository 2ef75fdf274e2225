import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { selectionText } from '../lib/content/selection-text';

/** Injected by the background on "Capture selection as papers" (activeTab): the selection's text, formulas as TeX. */
export default defineUnlistedScript(() => {
  const selection = window.getSelection();
  return selection ? selectionText(selection) : '';
});
