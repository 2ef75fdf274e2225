import { parseHTML } from 'linkedom';

/** A DOM Document for an HTML string, in Node (the same parser the CLI and the fixture tests use). */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
