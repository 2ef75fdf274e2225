import { parseHTML } from 'linkedom';

/**
 * A DOM Document for an HTML string, in Node (the same parser the CLI and the fixture tests use). A file without
 * its <html> element (a fragment a generator writes to be included, or served as is) is parsed as a browser does:
 * into <html><body>, where linkedom would make its first element the document element. Attribute names are
 * lower-cased as a browser's parser does (HTML 3.2 pages write `<A HREF=…>`, which `a[href]` must match).
 */
export function parseHtmlDocument(html: string): Document {
  let doc = parseHTML(html).document as unknown as Document;
  inDocumentOrder(doc);
  if (doc.documentElement?.tagName !== 'HTML')
    doc = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
  // "<html><meta …><head>": a browser puts what comes before <head> into it; linkedom's `body` would be a new, empty one.
  const root = doc.documentElement;
  const head = root ? [...root.children].find((c) => c.tagName === 'HEAD') : undefined;
  if (head && root!.firstElementChild !== head)
    for (const el of [...root!.children].slice(0, [...root!.children].indexOf(head)).reverse()) if (el.tagName !== 'BODY') head.prepend(el);
  if (root) bodyAsBrowsersBuildIt(doc, root, head);
  for (const el of doc.querySelectorAll('*'))
    for (const { name, value } of [...el.attributes])
      // SVG and MathML keep their camel-case attributes ("viewBox").
      if (name !== name.toLowerCase() && !el.closest('svg, math')) {
        el.removeAttribute(name);
        if (!el.hasAttribute(name.toLowerCase())) el.setAttribute(name.toLowerCase(), value);
      }
  return doc;
}

/**
 * "<html><head>…</head><header>…</header></html><section>…</section>" (a theme's partial closes </html> early): a
 * browser puts what follows </head> and what follows </html> into <body>; linkedom leaves the one beside <head> and the
 * other beside <html>, with no body at all.
 */
function bodyAsBrowsersBuildIt(doc: Document, root: Element, head: Element | undefined): void {
  const shown = (n: Node) => n.nodeType === 1 || (n.nodeType === 3 && /\S/.test(n.textContent ?? ''));
  const after = [...doc.childNodes].slice([...doc.childNodes].indexOf(root) + 1);
  let body = [...root.children].find((c) => c.tagName === 'BODY');
  if (!body && ![...root.childNodes].some((n) => n !== head && shown(n)) && !after.some(shown)) return;
  if (!body) {
    body = doc.createElement('body');
    for (const n of [...root.childNodes]) if (n !== head) body.append(n);
    root.append(body);
  }
  for (const n of after) if (shown(n)) body.append(n);
}

/**
 * linkedom's `compareDocumentPosition` tells nodes of different parents apart by depth, not by document order (a deep
 * link before a shallower one reads as after it): the browser's answer instead, on linkedom's node prototype, once.
 */
function inDocumentOrder(doc: Document): void {
  let proto: object | null = doc;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'compareDocumentPosition')) proto = Object.getPrototypeOf(proto);
  if (!proto || (proto as { compareDocumentPosition: unknown }).compareDocumentPosition === documentPosition) return;
  Object.defineProperty(proto, 'compareDocumentPosition', { value: documentPosition, configurable: true, writable: true });
}

const [DISCONNECTED, PRECEDING, FOLLOWING, CONTAINS, CONTAINED_BY, IMPLEMENTATION_SPECIFIC] = [1, 2, 4, 8, 16, 32];

function documentPosition(this: Node, other: Node): number {
  if (this === other) return 0;
  const path = (node: Node) => {
    const nodes: Node[] = [];
    for (let n: Node | null = node; n; n = n.parentNode) nodes.unshift(n);
    return nodes;
  };
  const [mine, theirs] = [path(this), path(other)];
  if (mine[0] !== theirs[0]) return DISCONNECTED | IMPLEMENTATION_SPECIFIC | PRECEDING;
  let shared = 0;
  while (shared < mine.length && shared < theirs.length && mine[shared] === theirs[shared]) shared++;
  if (shared === mine.length) return FOLLOWING | CONTAINED_BY;
  if (shared === theirs.length) return PRECEDING | CONTAINS;
  const siblings = [...mine[shared - 1]!.childNodes];
  return siblings.indexOf(mine[shared] as ChildNode) < siblings.indexOf(theirs[shared] as ChildNode) ? FOLLOWING : PRECEDING;
}
