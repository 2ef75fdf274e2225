import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Paper } from '../../lib/model';
import { generatePapers } from '../support/generate';
import { mergeLibraries, previewImport, type Library } from '../../lib/library/merge';
import { parseImport } from '../../lib/formats/import';
import { serialiseSyncFile, toSyncFile } from '../../lib/formats/json';
import { toBibtex } from '../../lib/formats/bibtex';
import { toCslJson } from '../../lib/formats/csl';
import { arbLibrary, libraryFingerprint } from '../library/merge-arbitraries';
import { tagsFrom } from '../../lib/tags';

const EMPTY: Library = { papers: [], tombstones: [] };
const NOW = Date.UTC(2025, 5, 1);

function ok(text: string) {
  const r = parseImport(text, undefined, NOW);
  if (!r.ok) throw new Error(r.error);
  return r;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('sync file', () => {
  it('export -> import into an empty library is lossless (generated library)', () => {
    const papers = generatePapers(500, 5);
    const text = serialiseSyncFile(toSyncFile(papers, [{ id: 'gone', keys: ['doi:10.1/gone'], deletedAt: 5 }], 'dev', NOW));
    const r = ok(text);
    expect(r.format).toBe('sync');
    const { papers: merged, tombstones, report } = previewImport(EMPTY, r);
    expect(libraryFingerprint({ papers: merged, tombstones })).toBe(libraryFingerprint({ papers, tombstones: r.tombstones }));
    expect(report.added).toHaveLength(500);
  });

  it('export -> import into an empty library is lossless (arbitrary merged libraries)', () => {
    fc.assert(
      fc.property(arbLibrary, (raw) => {
        const lib = mergeLibraries(raw, EMPTY);
        const r = ok(serialiseSyncFile(toSyncFile(lib.papers, lib.tombstones, 'dev', NOW)));
        const imported = mergeLibraries(EMPTY, r);
        expect(libraryFingerprint(imported)).toBe(libraryFingerprint(lib));
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSL-JSON and BibTeX import', () => {
  const papers = generatePapers(200, 9);

  it('CSL-JSON round trip keeps bibliographic and user fields', () => {
    const r = ok(JSON.stringify(toCslJson(papers)));
    expect(r.format).toBe('csl');
    expect(r.papers).toHaveLength(papers.length);
    r.papers.forEach((p, i) => {
      const q = papers[i]!;
      expect(p).toMatchObject({
        id: q.id,
        title: q.title,
        authors: q.authors,
        ids: q.ids,
        year: q.year,
        note: q.note,
        readState: q.readState,
        starred: q.starred,
        tags: q.tags,
      });
      expect(p.type).toBe(q.type);
      expect(p.comment).toBe(q.comment);
    });
    expect(papers.some((q) => q.comment)).toBe(true);
  });

  it('BibTeX import reads back titles, authors, ids, years and keys; clocks are the import time', () => {
    const r = ok(toBibtex(papers));
    expect(r.format).toBe('bibtex');
    expect(r.papers).toHaveLength(papers.length);
    r.papers.forEach((p, i) => {
      const q = papers[i]!;
      expect(p.title).toBe(q.title);
      expect(p.authors).toEqual(q.authors);
      expect(p.authorsTruncated).toBe(q.authorsTruncated);
      expect(p.ids).toEqual(q.ids);
      expect(p.year).toBe(q.year);
      expect(p.id).toBe(q.id);
      expect(p.clock.title).toBe(NOW);
    });
  });

  it('an imported BibTeX value loses to a newer local edit', () => {
    const local: Paper = { ...papers[0]!, note: 'edited here', clock: { ...papers[0]!.clock, note: NOW + 1 } };
    const r = ok(toBibtex([{ ...papers[0]!, note: 'old note' }]));
    const { papers: merged, report } = previewImport({ papers: [local], tombstones: [] }, r);
    expect(merged[0]!.note).toBe('edited here');
    expect(report.conflicts.find((c) => c.field === 'note')?.winner).toBe('local');
  });
});

describe('bad input', () => {
  it('names the JSON path of an invalid field', () => {
    const file = toSyncFile(generatePapers(3, 1), [], 'dev', NOW);
    (file.papers[2] as { title: unknown }).title = 42;
    expect(parseImport(JSON.stringify(file))).toEqual({ ok: false, error: expect.stringContaining('$.papers[2].title') });
  });

  it('names the line of a BibTeX error', () => {
    const bib =
      '@article{a,\n  title = {Fine},\n  year = 2020\n}\n\n@article{b,\n  title = {Unclosed,\n  year = 2021\n}\n@misc{c, title={x}}\n';
    const r = parseImport(bib);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^BibTeX error at line \d+/);
  });

  it('reports JSON syntax errors with line and column', () => {
    const r = parseImport('{\n  "format": "papershelf-sync"\n  "papers": []\n}');
    expect(!r.ok && r.error).toBe("not valid JSON at line 3, column 3: expected ',' or '}' after property value");
    // Node 20 gives no position for some errors: the message then quotes the offending token.
    const noPosition = parseImport('{\n  "papers": [,]\n}');
    expect(!noPosition.ok && noPosition.error).toMatch(/^not valid JSON: unexpected token ','/);
  });

  it('refuses oversized, prototype-polluting, deeply nested and wrong-format files', () => {
    expect(parseImport('x'.repeat(256 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      error: 'the file is too large: 268,435,457 bytes; the limit is 268,435,456 bytes (256 MiB)',
    });
    const polluted =
      '{"format":"papershelf-sync","schemaVersion":1,"exportedAt":1,"deviceId":"d","papers":[{"__proto__":{"x":1}}],"tombstones":[]}';
    // A "__proto__" key where keys are fields is ignored (zod builds the paper afresh); the paper itself is invalid.
    expect(parseImport(polluted)).toMatchObject({ ok: false, error: expect.stringContaining('$.papers[0].id') });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(parseImport('['.repeat(5000) + ']'.repeat(5000))).toMatchObject({ ok: false, error: expect.stringContaining('nested deeper') });
    expect(parseImport('{"format":"zotero"}')).toMatchObject({ ok: false, error: expect.stringContaining('$.format') });
    expect(parseImport('hello')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a Papershelf sync file, CSL-JSON or BibTeX'),
    });
    expect(parseImport('{"format":"papershelf-sync","schemaVersion":3}')).toMatchObject({
      ok: false,
      error: expect.stringContaining('newer Papershelf'),
    });
  });
});

describe('fuzz: parseImport + previewImport never throw and never touch the library', () => {
  const library = deepFreeze(mergeLibraries({ papers: generatePapers(40, 3), tombstones: [] }, EMPTY));
  const frozenLibrary: Library = { papers: library.papers, tombstones: library.tombstones };
  const before = libraryFingerprint(frozenLibrary);
  // Issue 15: papers holding what pages and users can put in a string (controls, bidi overrides, zero-width
  // characters, lone surrogates, LaTeX specials, Object.prototype names as tags), so mutations start from them too.
  const hostile = generatePapers(3, 9).map((p, i) => ({
    ...p,
    title: ['Bad\u0000Title \u202Eevil', "x -- y ``q'' <b> 100% {a} \\emph{z}", 'zero\u200Bwidth \uD800 lone'][i]!,
    note: 'line 1\nline  2\t\u0007\r\n',
    tags: tagsFrom(['__proto__', 'constructor', 'to_read', 'a, b', 'C++ & co'].map((t) => [t, { on: true, t: 1 }])),
  }));
  const sample = [...generatePapers(6, 4), ...hostile];
  const valid = [
    serialiseSyncFile(toSyncFile(sample, [{ id: 't', keys: ['doi:10.1/t'], deletedAt: 3 }], 'd', NOW)),
    JSON.stringify(toCslJson(sample), null, 1),
    toBibtex(sample),
    toBibtex(sample, { ascii: true }),
  ];
  const mutated = fc
    .tuple(fc.constantFrom(...valid), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 4 }), fc.string({ maxLength: 8 }))
    .map(([text, a, b, op, s]) => {
      const i = a % (text.length + 1);
      const j = b % (text.length + 1);
      switch (op) {
        case 0:
          return text.slice(0, i);
        case 1:
          return text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ (1 << (b % 7))) + text.slice(i + 1);
        case 2:
          return text.slice(0, Math.min(i, j)) + text.slice(Math.max(i, j));
        case 3:
          return text.slice(0, i) + s + text.slice(i);
        default:
          return text.slice(0, i) + text.slice(j);
      }
    });
  const hostileJson = fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v));
  const hostileSync = fc
    .record({
      papers: fc.array(
        fc.dictionary(
          fc.constantFrom('__proto__', 'title', 'id', 'tags', 'clock', 'constructor', 'authors'),
          fc.jsonValue({ maxDepth: 3 }),
        ),
        { maxLength: 3 },
      ),
    })
    .map((r) => JSON.stringify({ format: 'papershelf-sync', schemaVersion: 1, exportedAt: 1, deviceId: 'd', tombstones: [], ...r }));
  const brokenBibtex = fc.constantFrom(
    '@article{a,\n  title = {Foo {bar},\n  author = {X, Y},\n  year = 2020\n}}\n@misc{b, title={B}}\n',
    '@misc{a,\n  title = {Hello\u0000World},\n  year = 2020\n}\n',
    '@constructor{a, title = {x}}\n',
    '@misc{a, title = {x}, keywords = {to\\_read, \\textbackslash{, C++ \\& co}}\n',
  );
  const inputs = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    mutated,
    hostileJson,
    hostileSync,
    brokenBibtex,
  );

  it('every input gives a result or a readable error', () => {
    let failures = 0;
    fc.assert(
      fc.property(inputs, (text) => {
        const r = parseImport(text, 'fuzz');
        if (!r.ok) {
          failures++;
          expect(r.error.length).toBeGreaterThan(5);
          expect(r.error.length).toBeLessThanOrEqual(300);
          expect(r.error).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/); // one line, no raw control characters
          expect(r.error).not.toMatch(/\[object Object\]/);
          return;
        }
        const preview = previewImport(frozenLibrary, r);
        expect(preview.summary).toMatch(/new, .* updated/);
      }),
      { numRuns: 4000 },
    );
    expect(failures).toBeGreaterThan(100);
    expect(libraryFingerprint(frozenLibrary)).toBe(before);
  });
});
