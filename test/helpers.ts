import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtmlDocument } from '../lib/cli/dom';

export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function fixtureText(file: string): string {
  return readFileSync(FIXTURES_DIR + file, 'utf8');
}

export function fixtureDocument(file: string): Document {
  return parseHtmlDocument(fixtureText(file));
}
