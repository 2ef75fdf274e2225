/**
 * The text of the user's selection as the author wrote it: the browser's own text of the selection (line breaks
 * between blocks, hidden blocks left out, as `Selection.toString()` and the context menu's `selectionText` give it),
 * with every selected formula given once as its source (`$H_0$`) instead of its rendered glyphs.
 *
 * Runs in the page (injected on a context-menu click). It carries only lib/sites/math-text (no zod, preact, idb).
 */
import { hasMath, mathText } from '../sites/math-text';

/** Elements that may be math: what `mathText.atom` recognises, found with one query per range. */
const MATH_CANDIDATES =
  'script[type^="math/tex"], .MathJax_Preview, [class*="MathJax"], [class*="MJX"], mjx-container, .katex, .katex-display, .katex-error, math';

/** The selection's text, formulas as their source; the browser's text when nothing selected is math. */
export function selectionText(selection: Selection): string {
  const ranges: Range[] = [];
  for (let i = 0; i < selection.rangeCount; i++) ranges.push(selection.getRangeAt(i).cloneRange());
  if (!ranges.some((r) => hasMath(r.cloneContents()))) return selection.toString();
  // The browser's text of a piece of the selection: select the piece alone, read it, and put the selection back.
  const serialize = (piece: Range) => {
    selection.removeAllRanges();
    selection.addRange(piece);
    return selection.toString();
  };
  try {
    return ranges.map((r) => rangeText(r, serialize)).join('\n');
  } finally {
    selection.removeAllRanges();
    for (const r of ranges) selection.addRange(r);
  }
}

/** A range's text: the pieces between formulas as `serialize` reads them, each formula as its source. */
function rangeText(range: Range, serialize: (piece: Range) => string): string {
  const root = range.commonAncestorContainer;
  const scope = root.nodeType === 1 ? (root as Element) : root.parentElement;
  if (!scope) return serialize(range);
  const formulas = outermostFormulas(scope, range);
  if (formulas.length === 0) return serialize(range);
  let text = '';
  const rest = range.cloneRange();
  for (const { el, source } of formulas) {
    const before = rest.cloneRange();
    before.setEndBefore(el);
    if (!before.collapsed) text += serialize(before);
    // Display math is a block of its own, as the browser's text of the rendered page has it.
    text += source.startsWith('$$') ? `\n${source}\n` : source;
    rest.setStartAfter(el);
  }
  if (!rest.collapsed) text += serialize(rest);
  return text;
}

interface Formula {
  el: Element;
  source: string;
}

/** The formulas the range touches, outermost only, in document order, each with the text that stands for it. */
function outermostFormulas(scope: Element, range: Range): Formula[] {
  const out: Formula[] = [];
  const candidates = [...(scope.matches(MATH_CANDIDATES) ? [scope] : []), ...scope.querySelectorAll(MATH_CANDIDATES)];
  let last: Element | undefined;
  const used = new Set<Element>();
  for (const el of candidates) {
    if ((last && last.contains(el)) || used.has(el) || !range.intersectsNode(el)) continue;
    const atom = mathText.atom(el);
    if (atom === null) continue;
    last = el;
    // A MathJax 2 frame stands for the formula even when the selection ends before its (invisible) script.
    const script = atom === '' ? el.nextElementSibling : null;
    const fromScript =
      script && script.tagName === 'SCRIPT' && (script.getAttribute('type') ?? '').startsWith('math/tex') ? mathText.atom(script) : null;
    if (fromScript !== null && script) used.add(script);
    // Its script, when selected too, is not rendered: the piece before it reads as nothing.
    out.push({ el, source: fromScript ?? atom });
  }
  return out;
}
