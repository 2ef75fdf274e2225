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
  for (const el of doc.querySelectorAll('*'))
    for (const { name, value } of [...el.attributes])
      // SVG and MathML keep their camel-case attributes ("viewBox").
      if (name !== name.toLowerCase() && !el.closest('svg, math')) {
        el.removeAttribute(name);
        if (!el.hasAttribute(name.toLowerCase())) el.setAttribute(name.toLowerCase(), value);
      }
  return doc;
}
