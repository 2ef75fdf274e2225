import { parseHTML } from 'linkedom';

/**
 * A DOM Document for an HTML string, in Node (the same parser the CLI and the fixture tests use). A file without
 * its <html> element (a fragment a generator writes to be included, or served as is) is parsed as a browser does:
 * into <html><body>, where linkedom would make its first element the document element. Attribute names are
 * lower-cased as a browser's parser does (HTML 3.2 pages write `<A HREF=…>`, which `a[href]` must match).
 */
export function parseHtmlDocument(html: string): Document {
  let doc = parseHTML(html).document as unknown as Document;
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
