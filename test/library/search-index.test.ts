import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePaper } from '../helpers';
import { generatePapers } from '../support/generate';
import type { Paper } from '../../lib/model';
import {
  SearchIndex,
  decodePostings,
  encodePostings,
  packIndex,
  queryWords,
  storedIndexRecord,
  unpackStoredIndex,
  type PackedIndex,
  type QueryWord,
} from '../../lib/library/search-index';
import {
  deletePapers,
  editPapers,
  getChunkPapers,
  openLibrary,
  putPapers,
  readSearchIndex,
  saveCandidates,
  saveSearchIndex,
  setMeta,
} from '../../lib/library/store';
import { packStoredLibrary } from '../../lib/library/stored-index';
import { withNote } from '../../lib/ui/sidepanel/edits';

/** The reference: every paper's field texts split into words by hand, each query word compared with every word. */
function naiveSearch(papers: readonly Paper[], words: readonly QueryWord[]): Set<string> {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const out = new Set<string>();
  for (const p of papers) {
    const text = [
      p.title,
      p.authors.map((a) => (typeof a === 'string' ? a : a.literal)).join(' '),
      Object.entries(p.tags)
        .filter(([, s]) => s.on)
        .map(([t]) => t)
        .join(' '),
      p.venue ?? '',
      p.note,
      p.abstract ?? '',
    ].join(' ');
    const terms = fold(text)
      .split(/[\s\p{P}]+/u)
      .filter(Boolean)
      .map((t) => t.slice(0, 40));
    const hit = (w: QueryWord) =>
      terms.some((t) => t === w.word || (w.prefix && t.startsWith(w.word)) || (w.fuzzy > 0 && levenshtein(t, w.word) <= w.fuzzy));
    if (words.every(hit)) out.add(p.id);
  }
  return out;
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

const VOCAB = [
  'graph',
  'graphs',
  'grapheme',
  'neural',
  'neurons',
  'müller',
  'muller',
  'diffusion',
  'difusion',
  'diffusions',
  'tranformer',
  'attention',
  'at',
  'ab',
  'transformer',
  'tränsformer',
  'zeta',
  'to-read',
  'x',
];
const text = fc.array(fc.constantFrom(...VOCAB), { maxLength: 6 }).map((ws) => ws.join(' '));
const arbPaper = (id: string) =>
  fc
    .record({
      title: text,
      note: text,
      abstract: text,
      venue: text,
      author: fc.constantFrom(...VOCAB),
      addedAt: fc.integer({ min: 1, max: 50 }),
    })
    .map(({ title, note, abstract, venue, author, addedAt }) =>
      makePaper({ id, title: title || 'untitled', note, abstract, venue, authors: [`Ada ${author}`], addedAt }),
    );
const arbLibrary = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbPaper(`p${i}`))));
const arbQuery = fc
  .array(fc.oneof(fc.constantFrom(...VOCAB), fc.constantFrom('gra', 'neu', 'diff', 'atte', 'tran', 'muel', 'graphz', 'neurals')), {
    minLength: 1,
    maxLength: 3,
  })
  .chain((ws) => fc.constantFrom(ws.join(' '), `${ws.join(' ')} `));

describe('packed search index', () => {
  it('finds exactly the papers a naive scan of the same papers finds, for random libraries and queries', () => {
    fc.assert(
      fc.property(arbLibrary, arbQuery, (papers, query) => {
        const words = queryWords(query);
        fc.pre(words.length > 0); // nothing to search for yet: the panel applies no text filter
        const index = SearchIndex.build(papers);
        const found = index.search(words).map((h) => h.id);
        expect(new Set(found).size).toBe(found.length);
        expect(new Set(found)).toEqual(naiveSearch(papers, words));
      }),
      { numRuns: 300 },
    );
  });

  it('stays equal to a naive scan through random upserts and deletes (base masked, overlay re-indexed)', () => {
    fc.assert(
      fc.property(
        arbLibrary,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.boolean(), arbPaper('tmp')), { maxLength: 8 }),
        arbQuery,
        (papers, steps, query) => {
          const index = SearchIndex.build(papers);
          const live = new Map(papers.map((p) => [p.id, p]));
          for (const [n, del, p] of steps) {
            const id = `p${n}`;
            if (del) {
              index.remove([id]);
              live.delete(id);
            } else {
              index.upsert([{ ...p, id }]);
              live.set(id, { ...p, id });
            }
          }
          const words = queryWords(query);
          fc.pre(words.length > 0);
          expect(new Set(index.search(words).map((h) => h.id))).toEqual(naiveSearch([...live.values()], words));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ranks title matches first, whole words before prefixes, then the newest', () => {
    const papers = [
      makePaper({ id: 'abstract', title: 'Other', abstract: 'graph methods', addedAt: 5 }),
      makePaper({ id: 'title-old', title: 'Graph methods', addedAt: 1 }),
      makePaper({ id: 'title-new', title: 'Graph theory', addedAt: 3 }),
      makePaper({ id: 'prefix', title: 'Graphene sheets', addedAt: 9 }),
    ];
    expect(
      SearchIndex.build(papers)
        .search(queryWords('graph'))
        .map((h) => h.id),
    ).toEqual(['title-new', 'title-old', 'prefix', 'abstract']);
  });

  it('postings round-trip through their varint coding, up to the largest 32-bit code', () => {
    const ascending = fc
      .uniqueArray(fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 2 ** 32 - 1 })), { maxLength: 40 })
      .map((xs) => xs.sort((a, b) => a - b));
    fc.assert(
      fc.property(ascending, fc.integer({ min: 0, max: 7 }), (codes, at) => {
        const bytes = new Uint8Array(at + codes.length * 5);
        const end = encodePostings(codes, bytes, at);
        const back: number[] = [];
        decodePostings(bytes, at, end, (c) => back.push(c));
        expect(back).toEqual(codes);
      }),
    );
    // By hand: 0, then +1, then +128 (two bytes), then up to 2^32 - 1 (five bytes).
    const bytes = new Uint8Array(16);
    const end = encodePostings([0, 1, 129, 2 ** 32 - 1], bytes, 0);
    expect([...bytes.slice(0, end)]).toEqual([0, 1, 0x80, 0x01, 0xfe, 0xfe, 0xff, 0xff, 0x0f]);
  });

  /** What an IndexedDB put and get of the index do: the record it is kept as, structured-cloned, opened again. */
  const keptAndRead = async (packed: PackedIndex) => (await unpackStoredIndex(structuredClone(storedIndexRecord(packed))))!;

  it('a packed index kept (one Blob of its arrays) and read back answers as the index it was packed from', async () => {
    await fc.assert(
      fc.asyncProperty(arbLibrary, arbQuery, async (papers, query) => {
        const words = queryWords(query);
        fc.pre(words.length > 0);
        const packed = packIndex(
          papers.map((paper, i) => ({ paper, chunk: i % 3 })),
          1,
        );
        const restored = SearchIndex.restore(await keptAndRead(packed));
        expect(restored.search(words)).toEqual(SearchIndex.build(papers).search(words));
      }),
      { numRuns: 100 },
    );
  });

  it('paper ids and terms come back exactly: accents, emoji, a leading byte-order mark, a lone surrogate', async () => {
    const odd = ['fp:müller|2020', 'fp:\u{1F600}|x', '\uFEFFfp:bom', 'fp:lone\uD800|y'];
    for (const ids of [odd.slice(0, 3), odd]) {
      const papers = ids.map((id, i) => makePaper({ id, title: `wombat ${i}`, addedAt: i + 1 }));
      const packed = await keptAndRead(
        packIndex(
          papers.map((paper) => ({ paper, chunk: 0 })),
          1,
        ),
      );
      expect(
        SearchIndex.restore(packed)
          .search(queryWords('wombat'))
          .map((h) => h.id)
          .sort(),
      ).toEqual([...ids].sort());
    }
    // A term holding a lone surrogate (UTF-8 cannot hold it): found by itself, and the terms after it still are.
    const papers = [
      makePaper({ id: 'a', title: 'numbat \uDC00lone kept', addedAt: 1 }),
      makePaper({ id: 'b', title: 'quokka zebra', addedAt: 2 }),
    ];
    const packed = packIndex(
      papers.map((paper) => ({ paper, chunk: 0 })),
      1,
    );
    const restored = SearchIndex.restore(await keptAndRead(packed));
    expect(restored.search(queryWords('\uDC00lone ')).map((h) => h.id)).toEqual(['a']);
    expect(restored.search(queryWords('zebra ')).map((h) => h.id)).toEqual(['b']);
    expect((await keptAndRead(packed)).terms).toBe(packed.terms);
  });

  it('a kept record that does not add up is not used', async () => {
    const packed = packIndex(
      generatePapers(30, 2).map((paper) => ({ paper, chunk: 0 })),
      1,
    );
    const record = storedIndexRecord(packed);
    const bytes = await (record.sections as Blob).arrayBuffer();
    expect(await unpackStoredIndex({ ...record, sections: bytes })).toBeDefined();
    expect(await unpackStoredIndex({ ...record, sections: bytes.slice(0, bytes.byteLength - 1) })).toBeUndefined();
    expect(await unpackStoredIndex({ ...record, docs: record.docs + 1, sections: bytes })).toBeUndefined();
    expect(await unpackStoredIndex({ ...record, format: 2 })).toBeUndefined();
    // The second format kept the packed index itself.
    expect(await unpackStoredIndex(packed)).toBeUndefined();
  });

  it('a stored value that is not a packed index of this format is not used', async () => {
    const db = await openLibrary(new IDBFactory());
    await putPapers(db, generatePapers(20, 1), 'seed');
    expect(await readSearchIndex(db)).toBeUndefined();
    await expect(saveSearchIndex(db, { format: 1, writes: 3 } as unknown as PackedIndex)).rejects.toThrow(/refused/);
    // The first format: the same fields, postings as one 32-bit number each.
    const packed = packIndex([], 0);
    const firstFormat = { ...packed, format: 1, postings: new Uint32Array(0) } as unknown as PackedIndex;
    await expect(saveSearchIndex(db, firstFormat)).rejects.toThrow(/refused/);
    db.close();
  });
});

describe('the index kept with the library', () => {
  const base = generatePapers(250, 5);

  it('knows which chunks were written since it was packed: capture, edit, delete; a newer index is not replaced by an older one', async () => {
    const db = await openLibrary(new IDBFactory());
    await putPapers(db, base, 'seed'); // chunks 0, 1, 2 (100 papers each, oldest first)
    const packed = (await packStoredLibrary(db))!;
    expect((await readSearchIndex(db))!.staleChunks).toEqual([]);
    expect(await packStoredLibrary(db, false)).toBeUndefined(); // current: nothing to do

    const ordered = [...base].sort((a, b) => a.addedAt - b.addedAt);
    const inChunk1 = ordered[150]!;
    await editPapers(db, [inChunk1.id], (p) => withNote(p, 'wombat burrows', Date.now()), 'note');
    await deletePapers(db, [ordered[5]!.id]);
    await saveCandidates(db, [{ title: 'Quokka locomotion on sand', authors: ['Rita Quokka'], authorsTruncated: false, ids: {} }], {
      site: 'text',
      url: 'https://lab.example/',
      kind: 'lab',
    });
    await setMeta(db, 'deviceId', 'laptop'); // not a paper write
    const stored = (await readSearchIndex(db))!;
    expect(stored.index.writes).toBe(packed.writes);
    expect(stored.staleChunks).toEqual([0, 1, 2]);

    // Restored with those chunks re-read: the same answers as an index of the library as it is now.
    const index = SearchIndex.restore(stored.index, stored.staleChunks, await getChunkPapers(db, stored.staleChunks));
    const now = await packStoredLibrary(db, false);
    const fresh = SearchIndex.restore(now!);
    for (const q of ['wombat', 'quokka', ordered[5]!.title, ordered[7]!.title, 'transformers']) {
      const words = queryWords(q);
      expect(index.search(words).map((h) => h.id)).toEqual(fresh.search(words).map((h) => h.id));
    }
    expect(index.search(queryWords('wombat')).map((h) => h.id)).toEqual([inChunk1.id]);
    expect(index.search(queryWords(ordered[5]!.title)).map((h) => h.id)).not.toContain(ordered[5]!.id);
    expect((await readSearchIndex(db))!.staleChunks).toEqual([]);

    // An older index does not replace the newer one kept.
    expect(await saveSearchIndex(db, packed)).toBe(false);
    expect((await readSearchIndex(db))!.index.writes).toBe(now!.writes);
    db.close();
  });

  it('an index of the first format is replaced by the first one packed, though the library has not changed since', async () => {
    const db = await openLibrary(new IDBFactory());
    await putPapers(db, base, 'seed');
    const current = packIndex(
      base.map((paper) => ({ paper, chunk: 0 })),
      1,
    );
    // What the first format kept: its index (32-bit postings) and its write count, as of the library's last write.
    await db.put('meta', { ...current, format: 1, postings: new Uint32Array(0) }, 'searchIndex');
    await db.put('meta', 1, 'searchIndexWrites');
    expect(await readSearchIndex(db)).toBeUndefined();
    expect(await packStoredLibrary(db, false)).toBeDefined();
    expect((await readSearchIndex(db))?.staleChunks).toEqual([]);
    db.close();
  });

  it('an index of the second format (the packed index kept as it is) is replaced by the first one packed, though the library has not changed since', async () => {
    const db = await openLibrary(new IDBFactory());
    await putPapers(db, base, 'seed');
    const secondFormat = (await packStoredLibrary(db))!;
    // What the second format kept: the packed index itself, and its write count under its own key.
    await db.put('meta', secondFormat, 'searchIndex');
    await db.delete('meta', 'searchIndexWrites3');
    await db.put('meta', secondFormat.writes, 'searchIndexWrites2');
    expect(await readSearchIndex(db)).toBeUndefined();
    expect(await packStoredLibrary(db, false)).toBeDefined();
    const stored = (await readSearchIndex(db))!;
    expect(stored.staleChunks).toEqual([]);
    expect(stored.index.writes).toBe(secondFormat.writes);
    db.close();
  });

  it('an index stamped after the directory (the directory rewritten behind the writer) is not used', async () => {
    const db = await openLibrary(new IDBFactory());
    await putPapers(db, base, 'seed');
    const packed = packIndex(
      base.map((paper) => ({ paper, chunk: 0 })),
      99,
    );
    await saveSearchIndex(db, packed);
    expect(await readSearchIndex(db)).toBeUndefined();
    db.close();
  });
});
