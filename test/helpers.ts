import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtmlDocument } from '../lib/cli/dom';
import type { Paper } from '../lib/model';

const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function fixtureText(file: string): string {
  return readFileSync(FIXTURES_DIR + file, 'utf8');
}

export function fixtureDocument(file: string): Document {
  return parseHtmlDocument(fixtureText(file));
}

/** A minimal valid library record; tests override what they care about. */
export function makePaper(over: Partial<Paper> = {}): Paper {
  return {
    id: 'x',
    title: 'T',
    authors: [],
    authorsTruncated: false,
    ids: {},
    signals: {},
    sources: [],
    tags: {},
    note: '',
    readState: 'unread',
    starred: false,
    addedAt: 1,
    updatedAt: 1,
    clock: {},
    ...over,
  };
}
