/**
 * One module writes the library: lib/library/store.ts. No other product module (lib/, entrypoints/) opens a write
 * transaction, writes through idb's shortcut methods (db.put('papers', …)) or reaches an object store for itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const WRITER = 'lib/library/store.ts';
/** shelf.ts lays papers out inside a transaction store.ts opened and hands it; it opens none. */
const INSIDE_WRITER_TRANSACTIONS = ['lib/library/shelf.ts'];
/** The writer's read side (the side panel's first rows and search load it without the writer): read transactions only. */
const READER = 'lib/library/reads.ts';
/** The side panel's pre-open script's reads (no idb, so none of reads.ts): read transactions only. */
const PREOPEN = 'lib/library/preopen.ts';

const STORES = '(?:chunks|directory|tombstones|meta|papers)';
const WRITES: [string, RegExp][] = [
  ['opens a readwrite transaction', /\.transaction\(\s*[^)]*?['"`]readwrite['"`]/s],
  ["writes through idb's shortcut methods", new RegExp(`\\.(?:put|add|delete|clear)\\(\\s*['"\`]${STORES}['"\`]`)],
  ['reaches an object store', /\.objectStore\(|\.store\.(?:put|add|delete|clear)\(/],
  ['opens the database with its own upgrade', /\bopenDB\s*(?:<[^>]*>)?\(|indexedDB\.open\([^)]*,/],
];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Code without comments, so a comment that names a write is not one. */
const code = (file: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function writesIn(text: string): string[] {
  return WRITES.filter(([, re]) => re.test(text)).map(([what]) => what);
}

describe('the library has one writer', () => {
  it('the patterns see each kind of write (so the scan below can fail)', () => {
    expect(writesIn("const tx = db.transaction(['chunks', 'directory'], 'readwrite');")).toEqual(['opens a readwrite transaction']);
    expect(writesIn("db.transaction('meta',\n  'readwrite')")).toEqual(['opens a readwrite transaction']);
    expect(writesIn("await db.put('meta', handle, 'syncFileHandle');")).toEqual(["writes through idb's shortcut methods"]);
    expect(writesIn("tx.objectStore('chunks').put(chunk)")).toEqual(['reaches an object store']);
    expect(writesIn("openDB('papershelf', 3, { upgrade() {} })")).toEqual(['opens the database with its own upgrade']);
    // What other modules may do: read, and ask the file system for a writable file (not the library).
    expect(writesIn("db.transaction(['chunks'], 'readonly'); h.requestPermission({ mode: 'readwrite' }); ids.delete(id);")).toEqual([]);
    expect(writesIn(code(WRITER))).toEqual(
      expect.arrayContaining(['opens a readwrite transaction', 'reaches an object store', 'opens the database with its own upgrade']),
    );
  });

  it(`no module but ${WRITER} writes IndexedDB`, () => {
    const files = [...sources('lib'), ...sources('entrypoints')];
    expect(files).toContain(WRITER);
    const offenders = files
      .filter((f) => f !== WRITER && f !== READER && f !== PREOPEN && !INSIDE_WRITER_TRANSACTIONS.includes(f))
      .flatMap((f) => writesIn(code(f)).map((what) => `${f} ${what}`));
    expect(offenders).toEqual([]);
  });

  it.each([READER, PREOPEN])('%s reaches object stores in read transactions only', (file) => {
    const text = code(file);
    expect(writesIn(text)).toEqual(['reaches an object store']);
    expect(text).not.toMatch(/readwrite|\.(?:put|add|delete|clear)\(/);
    expect(text).toMatch(/'readonly'/);
  });

  it('shelf.ts opens no transaction of its own', () => {
    for (const f of INSIDE_WRITER_TRANSACTIONS) expect(code(f)).not.toMatch(/\.transaction\(|\bopenDB\(|indexedDB\.open\(/);
  });
});
