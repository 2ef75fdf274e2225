/**
 * Page text as its author wrote it, on a page whose math was rendered by its own scripts: TeX is read back as the
 * served page held it (`$H_0$`), never as rendered glyphs, and a formula's text is given once.
 *
 * What each renderer leaves in the DOM (checked against their sources and their output in Chromium, see
 * test/fixtures/math/):
 * - MathJax 2 (arXiv): tex2jax replaces `$…$` by `span.MathJax_Preview` + the output's frame + `script[type="math/tex"]`
 *   holding the TeX between the delimiters (`; mode=display` for display math). Frames, by output: `span.MathJax`
 *   (HTML-CSS, in `div.MathJax_Display` for display math), `span.mjx-chtml.MathJax_CHTML` (CommonHTML, in
 *   `span.mjx-chtml.MJXc-display`), `span.MathJax_SVG` (`div.MathJax_SVG_Display`), `span.MathJax_PHTML`
 *   (`div.MathJax_PHTML_Display`), `span|div.MathJax_MathML` (NativeMML), `span.MathJax_PlainSource`; the
 *   AssistiveMML extension adds `span.MJX_Assistive_MathML` inside the frame. An escaped dollar (`\$`, processEscapes)
 *   becomes a bare `<span>$</span>`.
 * - MathJax 3 and 4: `mjx-container` holding the output (CHTML glyphs are CSS `content`, SVG glyphs are `<use>`: no
 *   text) and `mjx-assistive-mml` > `math`. The TeX is not in the DOM; the background's MAIN-world step may set
 *   `data-papershelf-tex` on the container to the TeX with the delimiters the page used, which is then the text.
 * - KaTeX: `span.katex` > `span.katex-mathml` > `math` > `semantics` > `annotation[encoding="application/x-tex"]`
 *   beside `span.katex-html`; display math inside `span.katex-display`; `span.katex-error` holds the TeX as text.
 * - MathML in the page (LaTeXML, KaTeX's MathML-only output): its TeX annotation, else its text once.
 */

/**
 * What marks a page (or part) that holds math: MathJax 2's TeX scripts, MathJax 3/4's containers, KaTeX, MathML (also
 * MathJax 2's assistive and native MathML), a KaTeX error (its TeX as text). A MathJax 2 frame without its script and without MathML reads right as
 * plain text (its glyphs, once), so it needs no mark of its own.
 */
const MATH_MARKER = 'script[type^="math/tex"], mjx-container, .katex, .katex-error, math';

export interface TextReader {
  /** The node's text, not cleaned: `textContent` on a page without math. */
  (node: Node | null | undefined): string;
  /**
   * For walks over a page's elements: the text that stands for `el` when it is math (its source, or '' for a
   * rendered copy whose source is read elsewhere), null when `el` is not math. Always null on a page without math.
   */
  atom(el: Element): string | null;
}

/** `textContent`: the reader of pages without math. */
export const plainText: TextReader = /* @__PURE__ */ Object.assign((node: Node | null | undefined) => node?.textContent ?? '', {
  atom: () => null,
});

/** The math-aware reader. */
export const mathText: TextReader = /* @__PURE__ */ Object.assign(readMath, { atom: mathAtom });

/**
 * Whether anything under `root` is math, rendered or not. Tag and class collections, not one selector query: on the
 * 200-result arXiv page a selector list costs about as much as reading all the text, while these collections are a
 * tag or class match per element (and cached by the browser while the page does not change).
 */
export function hasMath(root: ParentNode): boolean {
  if (!('getElementsByTagName' in root)) return root.querySelector(MATH_MARKER) !== null;
  const scope = root as Element | Document;
  const scripts = scope.getElementsByTagName('script');
  for (let i = 0, n = scripts.length; i < n; i++) if ((scripts[i]!.getAttribute('type') ?? '').startsWith('math/tex')) return true;
  return (
    scope.getElementsByTagName('mjx-container').length > 0 ||
    scope.getElementsByClassName('katex').length > 0 ||
    scope.getElementsByClassName('katex-error').length > 0 ||
    scope.getElementsByTagName('math').length > 0
  );
}

/** The reader for a page (or part of one): decided once, so pages without math keep the plain `textContent`. */
export function textReader(root: ParentNode): TextReader {
  return hasMath(root) ? mathText : plainText;
}

function readMath(node: Node | null | undefined): string {
  if (!node) return '';
  if (node.nodeType === 3 || node.nodeType === 4) return (node as CharacterData).data;
  if (node.nodeType === 1) {
    const atom = mathAtom(node as Element);
    if (atom !== null) return atom;
  } else if (node.nodeType !== 9 && node.nodeType !== 11) return '';
  return childrenText(node, mathAtom);
}

/** The text of a node's children, each element replaced by `atom(el)` when that is not null. */
function childrenText(node: Node, atom: (el: Element) => string | null): string {
  let s = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 3 || type === 4) s += (child as CharacterData).data;
    else if (type === 1) {
      const text = atom(child as Element);
      s += text !== null ? text : childrenText(child, atom);
    }
  }
  return s;
}

const wrap = (tex: string, display: boolean) => (display ? `$$${tex}$$` : `$${tex}$`);

/** The tag in lower case: HTML elements have an upper-case `tagName`, MathML and custom elements keep theirs. */
const tagOf = (el: Element) => (el.localName ?? el.tagName).toLowerCase();

function mathAtom(el: Element): string | null {
  const tag = tagOf(el);
  if (tag === 'script') {
    const type = el.getAttribute('type') ?? '';
    // Other scripts and styles are no part of the text a reader sees.
    return type.startsWith('math/tex') ? wrap(el.textContent ?? '', /mode\s*=\s*display/.test(type)) : '';
  }
  if (tag === 'style' || tag === 'noscript' || tag === 'template') return '';
  if (tag === 'mjx-container') return mathJax3(el);
  if (tag === 'math') return mathMl(el);
  const cls = el.getAttribute('class');
  if (!cls) return tag === 'span' && isEscapedDollar(el) ? '\\$' : null;
  if (MATHJAX2_CLASS.test(cls)) {
    if (/(?:^|\s)MathJax_Preview(?:\s|$)/.test(cls)) return '';
    // A frame (or its display wrapper) right before its script: the script gives the source.
    if (isTexScript(el.nextSibling)) return '';
    if (/(?:^|\s)MJX_Assistive_MathML(?:\s|$)/.test(cls)) return '';
    return renderedOnce(el);
  }
  if (/(?:^|\s)katex/.test(cls)) {
    if (/(?:^|\s)katex-display(?:\s|$)/.test(cls)) {
      const inner = el.querySelector('.katex');
      return inner ? katex(inner, true) : null;
    }
    if (/(?:^|\s)katex(?:\s|$)/.test(cls)) return katex(el, false);
    if (/(?:^|\s)katex-error(?:\s|$)/.test(cls)) return wrap(el.textContent ?? '', false);
  }
  return null;
}

/** A class token of MathJax 2's output: `MathJax`, `MathJax_Preview`, `MathJax_CHTML`, `MJXc-display`, … (case matters: arXiv marks its own blocks `mathjax`). */
const MATHJAX2_CLASS = /(?:^|\s)(?:MathJax|MJX)/;

function isTexScript(node: Node | null): boolean {
  return (
    !!node &&
    node.nodeType === 1 &&
    tagOf(node as Element) === 'script' &&
    ((node as Element).getAttribute('type') ?? '').startsWith('math/tex')
  );
}

/** MathJax's `\$` (processEscapes): a bare `<span>$</span>` between text, where the page held `\$`. */
function isEscapedDollar(el: Element): boolean {
  return el.attributes.length === 0 && el.textContent === '$' && el.childNodes.length === 1;
}

/** A MathJax 2 frame without its script (a page saved without scripts): its visible text, else its MathML's. */
function renderedOnce(frame: Element): string {
  const visible = childrenText(frame, renderedAtom);
  if (visible.trim()) return visible;
  const assistive = frame.querySelector('.MJX_Assistive_MathML math, math');
  return assistive ? mathMl(assistive) : visible;
}

/** Inside a rendered frame: leave out the assistive MathML and previews, keep every glyph. */
function renderedAtom(el: Element): string | null {
  const tag = tagOf(el);
  if (tag === 'script' || tag === 'style' || tag === 'math' || tag === 'mjx-assistive-mml') return '';
  const cls = el.getAttribute('class');
  return cls && /(?:^|\s)(?:MJX_Assistive_MathML|MathJax_Preview)(?:\s|$)/.test(cls) ? '' : null;
}

/** MathJax 3/4: the TeX the background recovered from the page's MathJax, else the MathML text, else the glyphs. */
function mathJax3(container: Element): string {
  const tex = container.getAttribute('data-papershelf-tex');
  if (tex) return tex;
  for (let child = container.firstElementChild; child; child = child.nextElementSibling) {
    if (tagOf(child) !== 'mjx-assistive-mml') continue;
    const math = child.querySelector('math');
    return math ? mathMl(math) : (child.textContent ?? '');
  }
  return childrenText(container, renderedAtom);
}

/** A `<math>` element: its TeX annotation (delimited), else its `alttext`, else its text without annotations. */
function mathMl(math: Element): string {
  const annotation = texAnnotation(math);
  if (annotation !== null) return wrap(annotation, math.getAttribute('display') === 'block');
  const alt = math.getAttribute('alttext');
  if (alt && alt.trim()) return alt;
  return childrenText(math, (el) => (tagOf(el).startsWith('annotation') ? '' : null));
}

function texAnnotation(root: Element): string | null {
  for (const a of root.querySelectorAll('annotation')) {
    if (/^(?:application\/x-tex|text\/x-tex|TeX)$/i.test(a.getAttribute('encoding') ?? '')) return a.textContent ?? '';
  }
  return null;
}

/** KaTeX: the TeX it keeps in its MathML annotation, else the HTML output's text once, else the MathML's. */
function katex(el: Element, display: boolean): string {
  const tex = texAnnotation(el);
  if (tex !== null) return wrap(tex, display);
  const html = el.querySelector('.katex-html');
  if (html) return childrenText(html, renderedAtom);
  const math = el.querySelector('math');
  return math ? mathMl(math) : (el.textContent ?? '');
}
