/**
 * The chunked store against a plain Map of papers: any sequence of saves, edits, deletes and undos leaves the same
 * library, and every lookup (by id, by identity key, by title, the recent list, the count) agrees with the Map.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Candidate, Paper, UndoRecord } from '../../lib/model';
import { undoRecord } from '../../lib/library/undo';
import { generatePapers } from '../support/generate';
import { authorName } from '../../lib/names';
import {
  candidateChunks,
  directoryChunks,
  hashKey,
  idLookup,
  lookupKeys,
  recentOf,
  replaceChunks,
  rewriteChunks,
  RECENT_KEEP,
  RECENT_MIN,
  type Directory,
} from '../../lib/library/directory';
import { CHUNK_CAPACITY } from '../../lib/library/shelf';
import {
  countPapers,
  deletePapers,
  editPapers,
  getAllPapers,
  getPapersByIds,
  getRecentPapers,
  openLibrary,
  putPapers,
  reviewScan,
  saveCandidates,
  undoChanges,
  type LibraryDb,
} from '../../lib/library/store';

const POOL = generatePapers(700, 7);
const source = { site: 'arxiv', url: 'https://arxiv.org/list/cs.LG/new', kind: 'feed' as const };
const byId = (papers: Paper[]) => [...papers].sort((a, b) => a.id.localeCompare(b.id));

function candidate(p: Paper): Candidate {
  return {
    title: p.title,
    authors: p.authors.map(authorName),
    authorsTruncated: p.authorsTruncated,
    ids: p.ids,
    ...(p.year ? { year: p.year } : {}),
  };
}

type Op =
  | { kind: 'put'; from: number; size: number; at: number }
  | { kind: 'edit'; picks: number[] }
  | { kind: 'delete'; picks: number[] }
  | { kind: 'undoLast' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('put' as const),
      from: fc.nat(POOL.length - 1),
      size: fc.integer({ min: 1, max: 260 }),
      at: fc.nat(1_000_000),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('edit' as const), picks: fc.array(fc.nat(10_000), { minLength: 1, maxLength: 30 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), picks: fc.array(fc.nat(10_000), { minLength: 1, maxLength: 150 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'undoLast' as const }) },
);

async function checkAgainst(db: LibraryDb, model: Map<string, Paper>): Promise<void> {
  const all = await getAllPapers(db);
  expect(byId(all)).toEqual(byId([...model.values()]));
  expect(await countPapers(db)).toBe(model.size);
  const recent = await getRecentPapers(db, 40);
  const expected = [...model.values()].sort((a, b) => b.addedAt - a.addedAt).slice(0, 40);
  expect(recent.map((p) => p.addedAt)).toEqual(expected.map((p) => p.addedAt));
  const sample = [...model.keys()].filter((_, i) => i % 17 === 0);
  const { found, missing } = await getPapersByIds(db, [...sample, 'no-such-id']);
  expect(byId(found)).toEqual(byId(sample.map((id) => model.get(id)!)));
  expect(missing).toEqual(['no-such-id']);
}

describe('chunked store', () => {
  it('agrees with a Map under any sequence of puts, edits, deletes and undos', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const db = await openLibrary(new IDBFactory());
        const model = new Map<string, Paper>();
        let lastUndo: UndoRecord | undefined;
        let lastModel = new Map(model);
        for (const o of ops) {
          const ids = [...model.keys()];
          if (o.kind === 'undoLast') {
            if (!lastUndo) continue;
            await undoChanges(db, lastUndo);
            model.clear();
            for (const [k, v] of lastModel) model.set(k, v);
            lastUndo = undefined;
          } else if (o.kind === 'put') {
            const batch = POOL.slice(o.from, o.from + o.size)
              .filter((p) => !model.has(p.id))
              .map((p, i) => ({ ...p, addedAt: o.at + i }));
            lastModel = new Map(model);
            await putPapers(db, batch);
            for (const p of batch) model.set(p.id, p);
            lastUndo = undoRecord(
              'put',
              batch.map((p) => [undefined, p]),
            );
          } else if (o.kind === 'edit') {
            if (!ids.length) continue;
            const edited = [...new Set(o.picks.map((n) => ids[n % ids.length]!))].map((id) => ({
              ...model.get(id)!,
              title: `${model.get(id)!.title} (edited)`,
              addedAt: model.get(id)!.addedAt - 5,
            }));
            lastModel = new Map(model);
            lastUndo = undoRecord(
              'edit',
              edited.map((p) => [model.get(p.id)!, p]),
            );
            await putPapers(db, edited);
            for (const p of edited) model.set(p.id, p);
          } else {
            const gone = o.picks.map((n) => ids[n % Math.max(ids.length, 1)] ?? 'absent');
            lastModel = new Map(model);
            lastUndo = await deletePapers(db, gone);
            expect(byId(lastUndo.papers.map((c) => c.deleted!))).toEqual(
              byId([...new Set(gone)].filter((id) => model.has(id)).map((id) => model.get(id)!)),
            );
            for (const id of gone) model.delete(id);
          }
          await checkAgainst(db, model);
        }
        db.close();
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('finds existing papers by every identity key and title across many chunks', async () => {
    const db = await openLibrary(new IDBFactory());
    const papers = POOL.slice(0, 450);
    await saveCandidates(db, papers.map(candidate), source, { now: 1 });
    expect(await countPapers(db)).toBe(450);
    const review = await reviewScan(db, { site: 'arxiv', kind: 'feed', url: source.url, entries: POOL.slice(0, 600).map(candidate) });
    expect(review.slice(0, 450).every((r) => r.status === 'saved')).toBe(true);
    expect(review.slice(450).every((r) => r.status === 'new')).toBe(true);
    // Same title, no shared identifier: offered as "possibly the same".
    const lookalike: Candidate = { title: papers[321]!.title, authors: ['Nobody Else'], authorsTruncated: false, ids: {} };
    const [entry] = await reviewScan(db, { site: 'text', kind: 'lab', url: 'https://lab.example/', entries: [lookalike] });
    expect(entry!.status).toBe('new');
    expect(entry!.possibleMatch?.title).toBe(papers[321]!.title);
    // A second capture of the same entries changes nothing and adds nothing.
    const again = await saveCandidates(db, papers.map(candidate), source, { now: 2 });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 450 });
    expect(await countPapers(db)).toBe(450);
  });

  it('writes a capture as a few chunk records, not one record per paper', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveCandidates(db, POOL.slice(0, 500).map(candidate), source);
    expect(await db.count('chunks')).toBe(Math.ceil(500 / CHUNK_CAPACITY));
    const chunks = await db.getAll('chunks');
    expect(chunks.every((c) => c.papers.length <= CHUNK_CAPACITY)).toBe(true);
  });

  it('moves a version 1 library (one record per paper) into chunks on open, losing nothing', async () => {
    const factory = new IDBFactory();
    const papers = POOL.slice(0, 230);
    const v1: IDBDatabase = await new Promise((res, rej) => {
      const r = factory.open('papershelf', 1);
      r.onupgradeneeded = () => {
        const store = r.result.createObjectStore('papers', { keyPath: 'id' });
        store.createIndex('keys', 'keys', { multiEntry: true });
        store.createIndex('tkey', 'tkey');
        store.createIndex('addedAt', 'addedAt');
        r.result.createObjectStore('tombstones', { keyPath: 'id' });
        r.result.createObjectStore('meta');
      };
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    await new Promise<void>((res, rej) => {
      const tx = v1.transaction(['papers', 'meta'], 'readwrite');
      for (const p of papers) tx.objectStore('papers').put({ ...p, keys: ['x'], tkey: 't:x' });
      tx.objectStore('meta').put('device-1', 'deviceId');
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
    v1.close();
    const db = await openLibrary(factory);
    expect(db.objectStoreNames.contains('papers' as never)).toBe(false);
    expect(byId(await getAllPapers(db))).toEqual(byId(papers)); // derived fields gone, everything else kept
    expect(await countPapers(db)).toBe(230);
    expect(await db.get('meta', 'deviceId')).toBe('device-1');
    const review = await reviewScan(db, { site: 'arxiv', kind: 'feed', url: source.url, entries: [candidate(papers[200]!)] });
    expect(review[0]!.status).toBe('saved');
  });
});

describe('directory', () => {
  it("names every chunk holding a key, and drops a rewritten chunk's old keys", () => {
    const [a, b, c] = POOL;
    let entries = replaceChunks(
      new Float64Array(0),
      new Map([
        [0, [a!]],
        [1, [b!, c!]],
      ]),
    );
    expect(candidateChunks(entries, idLookup(a!.id))).toEqual([0]);
    expect(candidateChunks(entries, idLookup(c!.id))).toEqual([1]);
    entries = replaceChunks(entries, new Map([[1, [b!]]]));
    expect(candidateChunks(entries, idLookup(c!.id))).toEqual([]);
    expect(candidateChunks(entries, idLookup(b!.id))).toEqual([1]);
    expect([...entries]).toEqual([...entries].sort((x, y) => x - y));
  });

  it('keeps rewritten chunks in a small record and folds it into the whole list once it grows', () => {
    const papers = generatePapers(3000, 11);
    // The library as it is: chunk -> papers. Rewrites move papers between 30 chunks and empty some.
    const truth = new Map<number, Paper[]>();
    for (let no = 0; no < 30; no++) truth.set(no, papers.slice(no * 100, no * 100 + 100));
    let d: Directory = { base: replaceChunks(new Float64Array(0), truth), recent: new Float64Array(0) };
    const random = fc.sample(fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 2999 }), fc.nat(100)), {
      numRuns: 60,
      seed: 3,
    });
    let compactions = 0;
    let stale = 0;
    for (const [no, from, size] of random) {
      const chunk = from % 9 === 0 ? [] : papers.slice(from, from + size);
      truth.set(no, chunk);
      const next = rewriteChunks(d, new Map([[no, chunk]]));
      expect(next.recent.length <= Math.max(RECENT_MIN, d.base.length / 8) || next.compacted).toBe(true);
      if (next.compacted) {
        compactions++;
        expect(next.recent.length).toBe(0);
      }
      d = next;
      // Every key names every chunk that holds it; a chunk that does not is only ever an old entry of a rewritten one.
      const fresh = replaceChunks(new Float64Array(0), truth);
      for (const [at, held] of truth) {
        for (const p of held.slice(0, 20)) {
          for (const key of lookupKeys(p)) {
            const named = directoryChunks(d, key);
            expect(named).toEqual(expect.arrayContaining(candidateChunks(fresh, key)));
            expect(named).toContain(at);
            stale += named.length - candidateChunks(fresh, key).length;
          }
        }
      }
      if (next.compacted) {
        // Folded: exactly the entries of a directory written whole (plus one mark per rewritten chunk).
        for (const p of papers.slice(0, 3000).filter((_, i) => i % 50 === 0))
          for (const key of lookupKeys(p)) expect(directoryChunks(d, key)).toEqual(candidateChunks(fresh, key));
      }
    }
    expect(compactions).toBeGreaterThan(0);
    expect(stale).toBeGreaterThan(0);
  });

  it('a store that folded its recent entries into the whole list still finds every paper', async () => {
    const db = await openLibrary(new IDBFactory(), 'fold');
    const papers = generatePapers(3000, 12);
    await putPapers(db, papers.slice(0, 2000));
    // Edits of 50 papers over many chunks at a time: the recent record grows past its limit and is folded.
    for (let round = 0; round < 12; round++) {
      const ids = papers
        .slice(0, 2000)
        .filter((_, i) => i % 40 === round)
        .map((p) => p.id);
      await editPapers(db, ids, (p) => ({ ...p, note: `round ${round}` }));
    }
    await putPapers(db, papers.slice(2000));
    const found = await getPapersByIds(
      db,
      papers.map((p) => p.id),
    );
    expect(found.missing).toEqual([]);
    expect(found.found.filter((p) => p.note.startsWith('round ')).length).toBe(12 * 50);
    const review = await reviewScan(db, {
      site: 'arxiv',
      kind: 'feed',
      url: source.url,
      entries: papers
        .slice(0, 3000)
        .filter((_, i) => i % 97 === 0)
        .map(candidate),
    });
    expect(review.every((r) => r.status !== 'new')).toBe(true);
    const recent = (await db.get('directory', 'entries-recent')) as Float64Array;
    const base = (await db.get('directory', 'entries')) as Float64Array;
    expect(recent.length).toBeLessThan(base.length);
  });

  it('a context holding lists of lookup entries reads those another context wrote since', async () => {
    const factory = new IDBFactory();
    const papers = generatePapers(3600, 13);
    // Two copies of the store's modules: two extension pages (or the background and a page), each holding what it read.
    vi.resetModules();
    const other = await import('../../lib/library/store');
    const here = await openLibrary(factory, 'two-contexts');
    const there = await other.openLibrary(factory, 'two-contexts');
    await putPapers(here, papers.slice(0, 2000));
    expect((await getPapersByIds(here, [papers[0]!.id])).found).toHaveLength(1);
    const stamp = async () => ((await here.get('directory', 'summary')) as { baseStamp?: string }).baseStamp;
    const before = await stamp();
    await other.putPapers(there, papers.slice(2000, 3500));
    // The other context folded its entries into a new whole list: this one's is out of date.
    expect(await stamp()).not.toBe(before);
    expect((await here.get('directory', 'entries-recent')) as Float64Array).toHaveLength(0);
    const found = await getPapersByIds(
      here,
      papers.slice(0, 3500).map((p) => p.id),
    );
    expect(found.missing).toEqual([]);
    const review = await reviewScan(here, {
      site: 'arxiv',
      kind: 'feed',
      url: source.url,
      entries: papers.slice(2000, 2100).map(candidate),
    });
    expect(review.filter((r) => r.status === 'new')).toEqual([]);
    // A write too small to fold changes only the other list, the one of chunks written since the fold.
    const whole = await stamp();
    await other.putPapers(there, papers.slice(3500));
    expect(await stamp()).toBe(whole);
    expect((await here.get('directory', 'entries-recent')) as Float64Array).not.toHaveLength(0);
    const all = await getPapersByIds(
      here,
      papers.map((p) => p.id),
    );
    expect(all.missing).toEqual([]);
  });

  it('spreads similar keys over the hash space', () => {
    const hashes = new Set(Array.from({ length: 20_000 }, (_, i) => hashKey(`iarxiv:2401.${String(i).padStart(5, '0')}`)));
    expect(hashes.size).toBeGreaterThan(19_990);
    expect(recentOf(POOL, () => 0).recent.length).toBe(RECENT_KEEP);
  });
});
