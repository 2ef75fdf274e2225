/**
 * Issue 15 items 6, 8, 10: text from pages is cleaned on the way in; every format reads back exactly what it wrote;
 * what an import had to guess is a warning; errors are one short line.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Candidate, Paper } from '../../lib/model';
import { paperFromCandidate } from '../../lib/library/capture';
import { parseImport } from '../../lib/formats/import';
import { decodeImportBytes } from '../../lib/formats/decode';
import { serialiseSyncFile, toSyncFile } from '../../lib/formats/json';
import { toBibtex } from '../../lib/formats/bibtex';
import { toCslJson } from '../../lib/formats/csl';
import { cleanCandidate, cleanLine, cleanScan, cleanText } from '../../lib/text/clean';
import { tagsFrom } from '../../lib/tags';
import { makePaper } from '../helpers';

const NOW = Date.UTC(2025, 5, 1);

function imported(text: string) {
  const r = parseImport(text, 'file', NOW);
  if (!r.ok) throw new Error(r.error);
  return r;
}

function onTags(p: Paper): string[] {
  return Object.keys(p.tags)
    .filter((t) => p.tags[t]!.on)
    .sort();
}

function withTags(p: Paper, tags: string[]): Paper {
  return { ...p, tags: tagsFrom(tags.map((t) => [t, { on: true, t: NOW }])) };
}

describe('cleaning page text (item 6)', () => {
  it('drops C0/C1 controls, bidi overrides and zero-width characters; keeps tab/newline in text, ZWJ/ZWNJ always', () => {
    expect(cleanLine('Hello\u0000 Wor\u0007ld\u0085')).toBe('Hello World');
    expect(cleanLine('\u202Egnp.exe\u202C Title \u2066x\u2069')).toBe('gnp.exe Title x');
    expect(cleanLine('zero\u200Bwidth\uFEFF\u2060 join')).toBe('zerowidth join');
    expect(cleanLine('می\u200Cخواهم \u{1F469}\u200D\u{1F52C}')).toBe('می\u200Cخواهم \u{1F469}\u200D\u{1F52C}');
    expect(cleanLine('  a \t\n b  ')).toBe('a b');
    expect(cleanText('line 1\r\nline 2\rline\t3\u0000')).toBe('line 1\nline 2\nline\t3');
    expect(cleanLine('lone \uD800 surrogate \uDC00 pair \uD83D\uDE00')).toBe('lone surrogate pair \uD83D\uDE00');
    const plain = 'An ordinary title';
    expect(cleanLine(plain)).toBe(plain);
  });

  it('cleans every text field of a scan and drops entries left without a title', () => {
    const dirty: Candidate = {
      title: 'Deep\u0000 Learning\u202E',
      authors: ['Ada\u200B Lovelace', '\u0001'],
      authorsTruncated: false,
      ids: {},
      venue: 'NeurIPS\u0008',
      abstract: 'Para 1\r\nPara\u0000 2',
      signals: { orgs: ['Org\u0007'], category: 'cs.LG\u200E' },
    };
    const clean = cleanCandidate(dirty);
    expect(clean).toMatchObject({
      title: 'Deep Learning',
      authors: ['Ada Lovelace'],
      venue: 'NeurIPS',
      abstract: 'Para 1\nPara 2',
      signals: { orgs: ['Org'], category: 'cs.LG' },
    });
    const scan = cleanScan({ site: 'x', kind: 'lab', url: 'https://lab.example/', entries: [dirty, { ...dirty, title: '\u0000\u200B' }] });
    expect(scan.entries.map((e) => e.title)).toEqual(['Deep Learning']);
  });
});

describe('BibTeX reads back what it wrote (items 6, 8)', () => {
  it('a NUL byte in a title (as an old library may hold) exports and imports back', () => {
    // Before: the NUL went into the file raw and the importer failed with a multi-line error holding the entry.
    const p = makePaper({ id: 'doi:10.1/x', title: 'Bad\u0000Title', ids: { doi: '10.1/x' } });
    const bib = toBibtex([p]);
    expect(bib).not.toMatch(/[\u0000-\u0008]/);
    expect(imported(bib).papers[0]!.title).toBe('Bad\u0000Title');
  });

  it('keywords are LaTeX-decoded: to_read and C++ & co come back as typed', () => {
    const p = withTags(makePaper({ id: 'doi:10.1/k', title: 'K', ids: { doi: '10.1/k' } }), [
      'to_read',
      'C++ & co',
      '50%',
      'a\\b',
      'x, y',
      'p;q',
      '{braced}',
    ]);
    expect(onTags(imported(toBibtex([p])).papers[0]!)).toEqual(['50%', 'C++ & co', 'a\\b', 'p;q', 'to_read', 'x, y', '{braced}'].sort());
  });

  it("another tool's keywords are decoded as LaTeX", () => {
    const bib = '@article{a,\n  title = {T},\n  keywords = {to\\_read, C++ \\& co; Schr{\\"o}dinger,  spaced  }\n}\n';
    expect(onTags(imported(bib).papers[0]!)).toEqual(['C++ & co', 'Schrödinger', 'spaced', 'to_read'].sort());
  });

  it('notes keep line breaks, "<", ">", runs of spaces and dashes; titles keep "--" and quotes', () => {
    const note = "first line\nsecond  line with a < b > c\n\n  indented -- and --- and ``q'' and \\emph{x}\t tab ";
    const title = "A -- B: ``quoted'' <tag> 100% $x^2$ & {braces} ~ ^";
    const p = makePaper({
      id: 'doi:10.1/n',
      title,
      note,
      ids: { doi: '10.1/n' },
      abstract: note,
      comment: 'c -- d',
      venue: 'Proc. <X> & Y',
    });
    const back = imported(toBibtex([p])).papers[0]!;
    expect(back.title).toBe(title);
    expect(back.note).toBe(note);
    expect(back.abstract).toBe(note);
    expect(back.comment).toBe('c -- d');
    expect(back.venue).toBe('Proc. <X> & Y');
  });

  it("another tool's LaTeX is still read as LaTeX (ligatures, accents, whitespace)", () => {
    const bib = '@article{a,\n  title = {Pages 1--2 of {\\"U}ber\n    Wrapped  Title},\n  annote = {A note\n  wrapped}\n}\n';
    const p = imported(bib).papers[0]!;
    expect(p.title).toBe('Pages 1–2 of Über Wrapped Title');
    expect(p.note).toBe('A note wrapped');
  });

  it('an entry type named like an Object.prototype key imports as misc', () => {
    expect(imported('@constructor{a, title = {T}}\n').papers[0]!.type).toBe('misc');
    expect(imported('@toString{a, title = {T}}\n').papers[0]!.type).toBe('misc');
  });
});

describe('import warnings for what was guessed (item 8)', () => {
  it('an unclosed brace that swallows the next fields is a warning naming the entry and the field', () => {
    const bib =
      '@article{a,\n  title = {Foo {bar},\n  author = {Smith, John},\n  year = 2020\n}}\n\n@article{b,\n  title = {Second},\n  year = 2021\n}\n';
    const r = imported(bib);
    expect(r.papers.map((p) => p.title)).toHaveLength(2);
    expect(r.warnings).toEqual([expect.stringMatching(/^line 1 \(@article\{a\}\): the title field runs on into "author = …"/)]);
  });

  it('invalid UTF-8 is read with a warning, never silently', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('@misc{a,\n  title = {Caf\u00e9 '),
      0xff,
      0xfe,
      ...new TextEncoder().encode('}\n}\n'),
    ]);
    const r = decodeImportBytes(bytes);
    expect(r).toMatchObject({ ok: true, warnings: [expect.stringMatching(/not valid UTF-8: 2 invalid byte sequences .* line 2/)] });
    const latin1 = new Uint8Array([...new TextEncoder().encode('@misc{a, title = {Caf'), 0xe9, ...new TextEncoder().encode('}}\n')]);
    const l = decodeImportBytes(latin1);
    expect(l).toMatchObject({ ok: true, warnings: [expect.stringContaining('Windows-1252')] });
    expect(l.ok && imported(l.text).papers[0]!.title).toBe('Café');
    expect(decodeImportBytes(new TextEncoder().encode('{"ok": "\uFFFD is fine here"}'))).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('errors (items 6, 10)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a BibTeX error is one short line without the raw entry', () => {
    // What the old export wrote for a title with a NUL byte; the error used to hold the whole entry on several lines.
    const bib = `@misc{a,\n  title = {Hello\u0000World},\n  abstract = {${'x'.repeat(5000)}},\n  year = 2020\n}\n`;
    const r = parseImport(bib);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/^BibTeX error/);
    expect(r.error).not.toMatch(/[\n\u0000]|xxxxxxxxxx/);
    expect(r.error.length).toBeLessThanOrEqual(300);
  });

  it('one byte over the limit says so in bytes', () => {
    const r = decodeImportBytes(new Uint8Array(256 * 1024 * 1024 + 1));
    expect(r).toEqual({ ok: false, error: 'the file is too large: 268,435,457 bytes; the limit is 268,435,456 bytes (256 MiB)' });
  });

  it("a truncated JSON file names line and column once (Chrome's and Firefox's messages)", () => {
    const text = '{\n  "format": "papershelf-sync",\n  "papers": [{"title": "abc';
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError('Unterminated string in JSON at position 58 (line 3 column 26)');
    });
    expect(parseImport(text)).toEqual({ ok: false, error: 'not valid JSON at line 3, column 26: unterminated string' });
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError('JSON.parse: unterminated string at line 3 column 26 of the JSON data');
    });
    expect(parseImport(text)).toEqual({ ok: false, error: 'not valid JSON at line 3, column 26: unterminated string' });
  });
});

/**
 * One UTF-16 unit or code point of any kind, with what BibTeX and JSON treat specially made frequent: controls, lone
 * surrogates, whitespace, LaTeX specials, ligature halves, keyword separators, bidi and zero-width characters.
 */
const unit = fc.oneof(
  fc.constantFrom(
    '\u0000',
    '\n',
    '\t',
    '\r',
    ' ',
    '  ',
    '\uD800',
    '\uDC00',
    '\u0085',
    '\u202E',
    '\u200B',
    '\u200D',
    '-',
    '`',
    "'",
    '\\',
    '{',
    '}',
    '<',
    '>',
    '%',
    '$',
    '&',
    '_',
    '~',
    '^',
    '#',
    ',',
    ';',
    '@',
    '=',
    '"',
  ),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const anyString = (maxLength: number) => fc.string({ unit, maxLength });
/** Any string, control characters and lone surrogates included, cleaned as page text is on the way in. */
const anyLine = anyString(40)
  .map(cleanLine)
  .filter((s) => s.length > 0);
const anyText = anyString(80).map(cleanText);
/** What a user can type as a note or a tag (no cleaning: kept as typed). */
const typed = fc.string({ unit: 'grapheme', maxLength: 60 });
const tagName = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'to_read', 'C++ & co', 'a, b', 'x;y'), anyLine);

const candidateRecord = fc
  .record({ title: anyLine, note: fc.oneof(anyText, typed), abstract: anyText, tags: fc.uniqueArray(tagName, { maxLength: 5 }) })
  .map(({ title, note, abstract, tags }) => {
    const p = paperFromCandidate(
      { title, authors: ['Ada Lovelace'], authorsTruncated: false, ids: { doi: '10.1/p' } },
      { site: 'x', url: 'https://x.example/', kind: 'lab' },
      NOW,
      tags,
    );
    return { ...p, note, clock: { ...p.clock, note: NOW }, ...(abstract ? { abstract } : {}) } as Paper;
  });

describe('round trips over any string (items 2, 6, 8)', () => {
  it('sync file: title, note, abstract and tags come back exactly', () => {
    fc.assert(
      fc.property(candidateRecord, (p) => {
        const back = imported(serialiseSyncFile(toSyncFile([p], [], 'dev', NOW))).papers[0]!;
        expect(back.title).toBe(p.title);
        expect(back.note).toBe(p.note);
        expect(back.abstract).toBe(p.abstract);
        expect(onTags(back)).toEqual(onTags(p));
      }),
      { numRuns: Number(process.env.ROUNDTRIP_RUNS ?? 300) },
    );
  });

  it('CSL-JSON: title, note, abstract and tags come back exactly', () => {
    fc.assert(
      fc.property(candidateRecord, (p) => {
        const back = imported(JSON.stringify(toCslJson([p]))).papers[0]!;
        expect(back.title).toBe(p.title);
        expect(back.note).toBe(p.note);
        expect(back.abstract).toBe(p.abstract);
        expect(onTags(back)).toEqual(onTags(p));
      }),
      { numRuns: Number(process.env.ROUNDTRIP_RUNS ?? 300) },
    );
  });

  it('BibTeX: title, note, abstract and tags come back exactly', () => {
    fc.assert(
      fc.property(candidateRecord, (p) => {
        const back = imported(toBibtex([p])).papers[0]!;
        expect(back.title).toBe(p.title);
        expect(back.note).toBe(p.note);
        expect(back.abstract).toBe(p.abstract);
        expect(onTags(back)).toEqual(onTags(p));
      }),
      { numRuns: Number(process.env.ROUNDTRIP_RUNS ?? 300) },
    );
  });
});

describe('round trips of uncleaned strings through the file bytes (what a user can paste: controls, lone surrogates)', () => {
  const raw = anyString(60);
  const record = fc
    .record({
      note: raw,
      tags: fc.uniqueArray(
        raw.filter((t) => /[^ \t\n\r]/.test(t) && t.length <= 200),
        { maxLength: 4 },
      ),
    })
    .map(({ note, tags }) => {
      const p = makePaper({ id: 'doi:10.1/u', title: 'T', ids: { doi: '10.1/u' }, note, clock: { note: NOW } });
      return withTags(p, tags);
    });
  const viaBytes = (text: string) => {
    const decoded = decodeImportBytes(new TextEncoder().encode(text));
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.warnings).toEqual([]);
    return imported(decoded.text).papers[0]!;
  };

  it('sync file, CSL-JSON and BibTeX', () => {
    fc.assert(
      fc.property(record, (p) => {
        for (const text of [serialiseSyncFile(toSyncFile([p], [], 'dev', NOW)), JSON.stringify(toCslJson([p])), toBibtex([p])]) {
          const back = viaBytes(text);
          expect(back.note).toBe(p.note);
          expect(onTags(back)).toEqual(onTags(p));
        }
      }),
      { numRuns: Number(process.env.ROUNDTRIP_RUNS ?? 300) },
    );
  });
});

describe('legacy records with control characters in names and keys (item 6)', () => {
  it('export and import back: the key loses what BibTeX keys cannot hold, names keep their characters', () => {
    const p = makePaper({
      id: 'doi:10.1/x',
      title: 'T',
      ids: { doi: '10.1/x' },
      authors: ['Ada\u0000 Lovelace', { literal: 'Org\u0007 X' }, 'Bob <b> Smith'],
      citationKey: 'key\u0000x\u0085y',
    });
    const back = imported(toBibtex([p])).papers[0]!;
    expect(back.citationKey).toBe('keyxy');
    expect(back.authors).toEqual(['Ada\u0000 Lovelace', { literal: 'Org\u0007 X' }, 'Bob <b> Smith']);
  });
});
