import { parseHTML } from 'linkedom';

/**
 * A DOM Document for an HTML string, in Node (the same parser the CLI and the fixture tests use). A file without
 * its <html> element (a fragment a generator writes to be included, or served as is) is parsed as a browser does:
 * into <html><body>, where linkedom would make its first element the document element.
 */
export function parseHtmlDocument(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  if (doc.documentElement?.tagName === 'HTML') return doc;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}
