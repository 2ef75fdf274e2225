/** Attribute on a MathJax 3/4 `mjx-container` holding the formula's TeX as the page's source wrote it, delimiters included. */
export const TEX_SOURCE_ATTRIBUTE = 'data-papershelf-tex';

/**
 * Runs in the page's MAIN world (`scripting.executeScript({ world: 'MAIN', func })`) just before a scan, so it must be
 * self-contained: no imports, no outer variables (the browser serialises the function's text).
 *
 * MathJax 3 and 4 keep each formula's TeX only in their own document (`MathJax.startup.document.math`, a list of
 * MathItems), not in the DOM. For every typeset TeX item this writes `start.delim + math + end.delim` (`$H_0$`,
 * `\(f(R)\)`; environments have empty delimiters and `\begin…\end` inside `math`) on the item's `typesetRoot`, the
 * `mjx-container`. Escaped delimiters (`\$`, items whose `display` is null) and MathML input are left alone.
 * Returns how many containers it marked: 0 without a MathJax 3/4 document (MathJax 2 has no `startup`). Never throws.
 */
export function markMathJaxSource(): number {
  try {
    const list = (globalThis as { MathJax?: { startup?: { document?: { math?: unknown } } } }).MathJax?.startup?.document?.math;
    if (!list || typeof (list as Iterable<unknown>)[Symbol.iterator] !== 'function') return 0;
    let marked = 0;
    for (const item of list as Iterable<MathItemLike | null>) {
      const root = item?.typesetRoot;
      if (!item || !root || root.nodeType !== 1 || item.display === null) continue;
      if (item.inputJax?.name !== 'TeX' || typeof item.math !== 'string') continue;
      const open = typeof item.start?.delim === 'string' ? item.start.delim : '';
      const close = typeof item.end?.delim === 'string' ? item.end.delim : '';
      root.setAttribute('data-papershelf-tex', open + item.math + close);
      marked++;
    }
    return marked;
  } catch {
    return 0;
  }
}

/** The fields of a MathJax 3/4 MathItem this reads (mathjax 3.2.2 and 4.1 `MathItem`/`HTMLMathItem`). */
interface MathItemLike {
  math?: unknown;
  display?: boolean | null;
  inputJax?: { name?: string };
  start?: { delim?: unknown };
  end?: { delim?: unknown };
  typesetRoot?: { nodeType: number; setAttribute(name: string, value: string): void } | null;
}
