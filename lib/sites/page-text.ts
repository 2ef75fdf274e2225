/**
 * A page's main content read as a reader who selected it would get it: the element that holds the content (not the
 * navigation, sidebars, header and footer), and its visible text the way `Selection.toString()` gives it. The
 * generic reader falls back to reading that text when the page's markup shows no list of papers it can read.
 */
import { clean, hasClass, walkText } from './dom';
import type { TextReader } from './math-text';

/** Elements that hold the page's content, in the order a site's theme usually names them. */
const CONTENT_ROOTS = [
  'main',
  '[role="main"]',
  '#content',
  '#main',
  '#main-content',
  '#primary',
  '.main-content',
  '.page-content',
  '.post-content',
  '.entry-content',
  '.content',
  'article',
];

/** A class or id token that names page chrome: "nav", "site-footer", "sidebar", "breadcrumbs", "masthead". */
const CHROME_TOKEN =
  /^(?:(?:site|page|main|global|top|primary|secondary|left|right)[-_]?)?(?:nav|navbar|navigation|menu|menubar|sidebar|side[-_]?bar|footer|header|masthead|banner|breadcrumbs?|toc|skip[-_]?link)$/i;

const BLOCK =
  /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|CAPTION|CENTER|DD|DETAILS|DIALOG|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HGROUP|HR|LEGEND|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TFOOT|THEAD|TR|UL)$/;
/** Blocks a browser sets off by a blank line (their default margins). */
const SPACED = /^(?:P|H[1-6]|BLOCKQUOTE|PRE|DL|FIGURE|HR)$/;
const NOT_RENDERED =
  /^(?:TITLE|META|LINK|BASE|SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|MATH-ANNOTATION|IFRAME|OBJECT|SELECT|TEXTAREA|INPUT|OPTION|DATALIST|CANVAS)$/;
/** Class names that hide an element in the common CSS frameworks (Bootstrap, Tailwind, Foundation, Bulma). */
const HIDING_CLASS = /(?:^|\s)(?:hidden|d-none|hide|is-hidden|invisible|display-none|modal)(?:\s|$)/;

/**
 * Hidden by a framework's hiding class, unless a responsive one shows it again on wide screens (Tailwind's
 * "hidden md:block").
 */
export function hiddenByClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  return !!cls && HIDING_CLASS.test(cls) && !cls.includes(':');
}

/** Hidden by its own attributes: `hidden`, or an inline `display: none` / `visibility: hidden` (BibBase's BibTeX box). */
export function hiddenInline(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

/** A Bootstrap collapse that is closed (an accordion's body: the abstract under a card's header). */
export function collapsedBootstrap(el: Element): boolean {
  const cls = el.getAttribute('class');
  return !!cls && hasClass(cls, 'collapse') && !hasClass(cls, 'show') && !hasClass(cls, 'in');
}

/**
 * Whether the page's markup hides `el`: the `hidden` attribute, an inline `display: none` or `visibility: hidden`,
 * a framework's hiding class, a collapsed Bootstrap block, the body of a closed <details>, or a rule of the page's
 * own <style> sheets that sets `display: none`. In a browser that lays the page out, its own answer counts.
 */
export function hiddenByMarkup(doc: Document): (el: Element) => boolean {
  const hiding = styleSheetHidingSelectors(doc);
  return (el) => {
    if (hiddenInline(el) || collapsedBootstrap(el)) return true;
    if (hiddenByClass(el)) return true;
    const parent = el.parentElement;
    if (parent?.tagName === 'DETAILS' && el.tagName !== 'SUMMARY' && !parent.hasAttribute('open')) return true;
    for (const selector of hiding) if (matchesSafely(el, selector)) return true;
    return false;
  };
}

function matchesSafely(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Selectors of the page's <style> rules that declare `display: none` (outside @media blocks, which may not apply). */
function styleSheetHidingSelectors(doc: Document): string[] {
  const out: string[] = [];
  for (const style of doc.querySelectorAll('style')) {
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
    for (const m of css.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
      if (!/(?:^|;)\s*display\s*:\s*none\b/i.test(m[2]!)) continue;
      for (const selector of m[1]!.split(',')) {
        const s = selector.trim();
        // Pseudo-classes and -elements (":hover", "::before") hide only in states or parts the markup does not show.
        if (s && !s.includes(':')) out.push(s);
      }
    }
  }
  return out;
}

/** An element a page uses for navigation, sidebars and its header or footer, not for content. */
function isPageChrome(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'NAV' || tag === 'ASIDE') return true;
  // A <header> or <footer> inside an entry (<article>, <li>) is the entry's own.
  if ((tag === 'HEADER' || tag === 'FOOTER') && !el.parentElement?.closest('article, li')) return true;
  if (el.getAttribute('role') === 'navigation' || el.getAttribute('role') === 'banner' || el.getAttribute('role') === 'contentinfo')
    return true;
  const id = el.getAttribute('id');
  if (id && CHROME_TOKEN.test(id)) return true;
  const cls = el.getAttribute('class');
  if (cls) for (const token of cls.split(/\s+/)) if (CHROME_TOKEN.test(token)) return true;
  return false;
}

/**
 * The page's <body>, or its root element when the body holds little of the page's text: a page whose markup opens
 * a second <head> or <body> (a template pasted into another) is parsed by some parsers into an empty <body>.
 */
export function pageBody(doc: Document): Element | null {
  const body = doc.body;
  const html = doc.documentElement;
  if (!body || !html) return body ?? html;
  return (body.textContent ?? '').length * 2 >= (html.textContent ?? '').length ? body : html;
}

/**
 * The element that holds the page's content: the first of `main`, `[role=main]`, `#content`, … (CONTENT_ROOTS) that
 * is the only one of its kind and holds at least a third of the body's text; else the body (its chrome is left out
 * when its text is read).
 */
export function mainContentRoot(doc: Document): Element | null {
  const body = pageBody(doc);
  if (!body) return null;
  const total = (body.textContent ?? '').length;
  for (const selector of CONTENT_ROOTS) {
    const found = body.querySelectorAll(selector);
    if (found.length !== 1) continue;
    const el = found[0]!;
    if ((el.textContent ?? '').length * 3 >= total && !isPageChrome(el)) return el;
  }
  return body;
}

/**
 * The visible text under `root` as `Selection.toString()` gives it for a selection of all of it: whitespace collapsed
 * as a browser renders it, a line break at each block's edges and <br>, a blank line around paragraphs and headings,
 * table cells separated by tabs; hidden elements (`hidden`) and page chrome left out. `read` gives formulas' sources.
 */
export function selectedTextOf(
  root: Element,
  read: TextReader,
  hidden: (el: Element) => boolean,
  offTopic: (heading: string) => boolean = () => false,
): string {
  const parts: string[] = [];
  /** Line breaks at the end of the text so far (spaces between them do not count), and whether it ends in white space. */
  let trailingBreaks = 0;
  let endsInSpace = true;
  /** The level of the heading whose section is being left out ("Patents" when only papers are wanted). */
  let skipping: number | null = null;
  /** Line breaks owed before the next text: 1 at a block's edge, 2 at a paragraph's. */
  let owed = 0;
  const append = (t: string) => {
    if (!t) return;
    parts.push(t);
    const trimmed = t.replace(/ +$/, '');
    const breaks = /\n*$/.exec(trimmed)![0].length;
    trailingBreaks = breaks === trimmed.length ? trailingBreaks + breaks : breaks;
    endsInSpace = /\s$/.test(t);
  };
  const put = (t: string) => {
    if (owed && parts.length) append('\n'.repeat(Math.max(0, owed - trailingBreaks)));
    owed = 0;
    append(t);
  };
  const visit = (el: Element): string | boolean => {
    const math = read.atom(el);
    if (math !== null) return math;
    const tag = el.tagName.toUpperCase();
    if (NOT_RENDERED.test(tag) || isPageChrome(el) || hidden(el)) return false;
    const level = headingLevel(el);
    if (level !== null) {
      // A year heading ("2026") inside the left-out section ("Talks & Workshops", then a heading per year) stays in it.
      if (skipping !== null && level <= skipping && !YEAR_ONLY.test(clean(el.textContent))) skipping = null;
      if (skipping === null && offTopic(headingText(el))) skipping = level;
    }
    if (skipping !== null) return level === null;
    if (tag === 'BR') {
      put('\n');
      return false;
    }
    if (tag === 'TD' || tag === 'TH') {
      if (el.previousElementSibling) put('\t');
    } else if (BLOCK.test(tag)) owed = Math.max(owed, SPACED.test(tag) ? 2 : 1);
    return true;
  };
  const text = (data: string, parent: Element) => {
    if (skipping !== null) return;
    // A closed <details> shows only its <summary>: its own text beside it is hidden too.
    if (parent.tagName === 'DETAILS' && !parent.hasAttribute('open')) return;
    if (parent.closest('pre')) return put(data);
    const t = data.replace(/[\t\n\r\f ]+/g, ' ');
    // White space between blocks, or after a line break or a space, renders as nothing.
    const afterSpace = endsInSpace;
    if (t === ' ' && (owed || afterSpace)) return;
    put(afterSpace ? t.replace(/^ /, '') : t);
  };
  const leave = (el: Element) => {
    const tag = el.tagName.toUpperCase();
    if (BLOCK.test(tag)) owed = Math.max(owed, SPACED.test(tag) ? 2 : 1);
  };
  walkText(root, visit, text, leave);
  return parts
    .join('')
    .split('\n')
    .map((l) => (l.includes('\t') ? l.split('\t').map(clean).join('\t') : clean(l)))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The sibling node beside `node`, white space skipped. */
function nodeBeside(node: Node, side: 'previousSibling' | 'nextSibling'): Node | null {
  let n = node[side];
  while (n && n.nodeType === 3 && !/\S/.test(n.textContent ?? '')) n = n[side];
  return n;
}

const YEAR_ONLY = /^(?:19|20)\d\d$/;

/**
 * A heading's level: 1 to 6 for <h1>…<h6>; 7 for a paragraph that is only bold text ("<p><b>Patents</b></p>"), or a
 * bold line of its own ("<br><b>学会発表</b><br>" before a list), which hand-made pages use as their headings.
 */
export function headingLevel(el: Element): number | null {
  const tag = el.tagName.toUpperCase();
  if (/^H[1-6]$/.test(tag)) return Number(tag[1]);
  if (/^(?:B|STRONG)$/.test(tag)) {
    // A label over a list: the next thing after it (a line break aside) is the list, and a line starts before it.
    const prev = nodeBeside(el, 'previousSibling');
    let next = nodeBeside(el, 'nextSibling');
    if (next?.nodeName === 'BR') next = nodeBeside(next, 'nextSibling');
    const lineStart = prev === null || (prev.nodeType === 1 && (prev.nodeName === 'BR' || BLOCK.test(prev.nodeName)));
    if (!lineStart || !next || !/^(?:OL|UL|DL|TABLE)$/.test(next.nodeName)) return null;
    return clean(el.textContent).split(' ').length <= 6 ? 7 : null;
  }
  if (tag !== 'P' || el.children.length === 0) return null;
  const head = paragraphHead(el);
  if (!head) return null;
  if (head === el.children[0] && el.children.length === 1 && clean(head.textContent) === clean(el.textContent))
    return clean(el.textContent).split(' ').length <= 4 ? 7 : null;
  return 7;
}

/**
 * A paragraph's heading element: "<p><u>Reviewed Publications</u></p>" (bold or underlined text alone), or a bold or
 * underlined line of its own over a note that dates nothing ("<p><u>Invited conference presentations</u><br>The content
 * of some … is available here.</p>", HTML 3.2 pages).
 */
function paragraphHead(p: Element): Element | null {
  const first = p.children[0]!;
  if (!/^(?:B|STRONG|U)$/i.test(first.tagName) || nodeBeside(first, 'previousSibling') !== null) return null;
  if (p.children.length === 1 && clean(first.textContent) === clean(p.textContent)) return first;
  const text = clean(p.textContent);
  return nodeBeside(first, 'nextSibling')?.nodeName === 'BR' &&
    clean(first.textContent).split(' ').length <= 6 &&
    text.length <= 300 &&
    !/\b(?:19|20)\d\d\b|10\.\d{4,9}\//.test(text)
    ? first
    : null;
}

/** What a heading says: its own text, or the heading line of a paragraph that goes on with a note. */
export function headingText(el: Element): string {
  return clean((el.tagName.toUpperCase() === 'P' ? paragraphHead(el) : null)?.textContent ?? el.textContent);
}
