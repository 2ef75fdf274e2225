import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
  KEPT_FIRST_SCREEN_KEY,
  PREOPEN_SLOT,
  keepFirstRows,
  preopenLibrary,
  readFirstRows,
  startFirstRows,
  startPreopen,
  firstRowsSettled,
  takeFirstRows,
  takeIndexReadAhead,
  takePreopened,
} from '../../lib/library/preopen';
import { isPackedIndex, unpackStoredIndex } from '../../lib/library/search-index';
import { packStoredLibrary } from '../../lib/library/stored-index';
import { generatePapers } from '../support/generate';
import {
  DB_VERSION,
  adoptLibrary,
  deletePapers,
  editPapers,
  getAllPapers,
  getRecentPapers,
  openLibrary,
  putPapers,
  saveCandidates,
} from '../../lib/library/store';

const source = { site: 'text', url: 'https://lab.example/pubs', kind: 'lab' as const };
const versionOf = async (factory: IDBFactory, name = 'papershelf') => (await factory.databases()).find((d) => d.name === name)?.version;

describe('opening the library ahead of the side panel module', () => {
  it('never creates the database: with none there, it gives up and leaves nothing behind', async () => {
    const factory = new IDBFactory();
    expect(await preopenLibrary(factory)).toBeNull();
    expect(await versionOf(factory)).toBeUndefined();
    const db = await adoptLibrary(Promise.resolve(null), factory); // the panel then opens (and creates) it itself
    expect([...db.objectStoreNames].sort()).toEqual(['chunks', 'directory', 'meta', 'tombstones']);
    db.close();
  });

  it('hands over a working connection to an existing library', async () => {
    const factory = new IDBFactory();
    const first = await openLibrary(factory);
    await saveCandidates(
      first,
      [{ title: 'Attention Is All You Need', authors: ['Ashish Vaswani'], authorsTruncated: true, ids: { arxiv: '1706.03762' } }],
      source,
      { now: 5 },
    );
    first.close();
    const raw = await preopenLibrary(factory);
    expect(raw?.version).toBe(DB_VERSION);
    const db = await adoptLibrary(Promise.resolve(raw), factory);
    expect((await getAllPapers(db)).map((p) => p.title)).toEqual(['Attention Is All You Need']);
    db.close();
  });

  it('never upgrades: an older library stays as it is for openLibrary to migrate', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const r = factory.open('papershelf', 1);
      r.onupgradeneeded = () => {
        r.result.createObjectStore('papers', { keyPath: 'id' });
        r.result.createObjectStore('tombstones', { keyPath: 'id' });
        r.result.createObjectStore('meta');
      };
      r.onsuccess = () => {
        r.result.close();
        resolve();
      };
    });
    expect(await preopenLibrary(factory)).toBeNull();
    expect(await versionOf(factory)).toBe(1);
    const db = await adoptLibrary(undefined, factory);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['chunks', 'directory', 'meta', 'tombstones']);
    db.close();
  });

  it('opening ahead starts once, whichever script runs first, and is taken once', async () => {
    const factory = new IDBFactory();
    (await openLibrary(factory)).close();
    const scope: Record<string, unknown> = {};
    startPreopen(scope, factory);
    const started = scope[PREOPEN_SLOT];
    expect(started).toBeInstanceOf(Promise);
    startPreopen(scope, factory);
    expect(scope[PREOPEN_SLOT]).toBe(started);
    const taken = takePreopened(scope, factory);
    expect(taken).toBe(started);
    expect(takePreopened(scope, factory)).toBeUndefined();
    startPreopen(scope, factory); // the pre-open script running after the panel took it: nothing is opened
    expect(takePreopened(scope, factory)).toBeUndefined();
    (await taken)?.close();
    // The panel's module first: it opens the library itself.
    const raw = await takePreopened({}, factory);
    expect(raw?.version).toBe(DB_VERSION);
    raw?.close();
  });
});

describe('the first screen read by the pre-open script', () => {
  it('reads the newest papers, newest first, and the count, the same as getRecentPapers', async () => {
    const factory = new IDBFactory();
    const db = await openLibrary(factory);
    const papers = generatePapers(450, 9);
    await putPapers(db, papers.slice(0, 300), 'seed');
    await putPapers(db, papers.slice(300), 'seed');
    const raw = (await preopenLibrary(factory))!;
    const first = await readFirstRows(raw, 40);
    const expected = [...papers].sort((a, b) => b.addedAt - a.addedAt).slice(0, 40);
    expect(first?.total).toBe(450);
    expect(first?.recent.map((p) => p.id)).toEqual(expected.map((p) => p.id));
    expect(first?.recent.map((p) => p.id)).toEqual((await getRecentPapers(db, 40)).map((p) => p.id));
    raw.close();
    db.close();
  });

  describe('kept for the next open (localStorage), used only while they are still the newest papers', () => {
    /** A localStorage of its own. */
    const storage = () => {
      const items = new Map<string, string>();
      return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
    };
    /** What is kept, with every title marked, so a read that used it says so. */
    const markKept = (kept: ReturnType<typeof storage>) => {
      const value = JSON.parse(kept.items.get(KEPT_FIRST_SCREEN_KEY)!) as { recent: { title: string }[] };
      for (const p of value.recent) p.title = `kept: ${p.title}`;
      kept.items.set(KEPT_FIRST_SCREEN_KEY, JSON.stringify(value));
    };
    const firstRows = async (factory: IDBFactory, kept: ReturnType<typeof storage>) => {
      const raw = (await preopenLibrary(factory))!;
      const rows = (await readFirstRows(raw, 5, kept))!;
      raw.close();
      return rows;
    };

    it('a second open takes the kept rows, without reading the chunks', async () => {
      const factory = new IDBFactory();
      const db = await openLibrary(factory);
      await putPapers(db, generatePapers(30, 5), 'seed');
      const kept = storage();
      const read = await firstRows(factory, kept);
      expect(read.readUnder).toEqual(expect.any(String));
      keepFirstRows(read, kept);
      markKept(kept);
      const again = await firstRows(factory, kept);
      expect(again.recent.map((p) => p.title)).toEqual(read.recent.map((p) => `kept: ${p.title}`));
      expect(again.total).toBe(30);
      expect(again.readUnder).toBeUndefined(); // nothing new to keep
      db.close();
    });

    it('never after a write: an edit, a capture or a delete since they were kept is read from the chunks', async () => {
      const factory = new IDBFactory();
      const db = await openLibrary(factory);
      const papers = generatePapers(30, 6);
      await putPapers(db, papers, 'seed');
      const kept = storage();
      const keepNow = async () => {
        keepFirstRows(await firstRows(factory, kept), kept);
        markKept(kept);
      };
      const newestFirst = [...papers].sort((a, b) => b.addedAt - a.addedAt);

      // An edit of a paper on the first screen, keeping its place: same ids, new title.
      await keepNow();
      await editPapers(db, [newestFirst[0]!.id], (p) => ({ ...p, title: 'Retitled since' }), 'edit');
      let rows = await firstRows(factory, kept);
      expect(rows.recent[0]!.title).toBe('Retitled since');
      expect(rows.recent.slice(1).map((p) => p.title)).toEqual(newestFirst.slice(1, 5).map((p) => p.title));

      // An edit of a paper not on the first screen: the rows are the same papers, read again all the same.
      await keepNow();
      await editPapers(db, [newestFirst[20]!.id], (p) => ({ ...p, note: 'later' }), 'note');
      rows = await firstRows(factory, kept);
      expect(rows.recent.every((p) => !p.title.startsWith('kept: '))).toBe(true);

      // A capture: the new paper comes first.
      await keepNow();
      const [captured] = generatePapers(1, 60).map((p) => ({ ...p, addedAt: newestFirst[0]!.addedAt + 1000 }));
      await putPapers(db, [captured!], 'capture');
      rows = await firstRows(factory, kept);
      expect(rows.recent[0]!.id).toBe(captured!.id);
      expect(rows.recent.every((p) => !p.title.startsWith('kept: '))).toBe(true);

      // A delete.
      await keepNow();
      await deletePapers(db, [captured!.id]);
      rows = await firstRows(factory, kept);
      expect(rows.recent.map((p) => p.id)).not.toContain(captured!.id);
      expect(rows.recent.every((p) => !p.title.startsWith('kept: '))).toBe(true);
      db.close();
    });

    it('never for another library holding the same papers (deleted and made again)', async () => {
      const factory = new IDBFactory();
      const papers = generatePapers(30, 7);
      let db = await openLibrary(factory);
      await putPapers(db, papers, 'seed');
      const kept = storage();
      keepFirstRows(await firstRows(factory, kept), kept);
      markKept(kept);
      db.close();
      await new Promise<void>((resolve, reject) => {
        const r = factory.deleteDatabase('papershelf');
        r.onsuccess = () => resolve();
        r.onerror = () => reject(r.error);
      });
      db = await openLibrary(factory);
      await putPapers(db, papers, 'seed');
      const rows = await firstRows(factory, kept);
      expect(rows.recent.every((p) => !p.title.startsWith('kept: '))).toBe(true);
      db.close();
    });
  });

  it('reads nothing for an empty library', async () => {
    const factory = new IDBFactory();
    (await openLibrary(factory)).close();
    const raw = (await preopenLibrary(factory))!;
    expect(await readFirstRows(raw, 40)).toBeNull();
    raw.close();
  });

  it('draws only while the panel has not taken over, and hands what it drew to the panel once', async () => {
    const factory = new IDBFactory();
    const db = await openLibrary(factory);
    await putPapers(db, generatePapers(50, 3), 'seed');
    db.close();
    const scope: Record<string, unknown> = {};
    startPreopen(scope, factory);
    let drawn = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    startFirstRows(
      10,
      async (rows, wanted) => {
        await gate;
        if (!wanted()) return false;
        drawn = rows.recent.length;
        return true;
      },
      scope,
    );
    release();
    // Waits for the draw rather than a fixed time: on a loaded machine the reads take longer than any fixed wait.
    await vi.waitFor(() => expect(drawn).toBe(10), { timeout: 5000, interval: 10 });
    expect(takeFirstRows(scope)?.total).toBe(50);

    // The panel first: nothing is drawn afterwards.
    const late: Record<string, unknown> = {};
    startPreopen(late, factory);
    let lateDrawn = false;
    startFirstRows(
      10,
      async (_rows, wanted) => {
        await new Promise((r) => setTimeout(r, 10));
        lateDrawn = wanted();
        return lateDrawn;
      },
      late,
    );
    expect(takeFirstRows(late)).toBeUndefined();
    await new Promise((r) => setTimeout(r, 80));
    expect(lateDrawn).toBe(false);
    expect(takeFirstRows(late)).toBeUndefined();
  });

  it('reads the stored search index alongside the rows, before they are drawn, for the panel to take', async () => {
    const factory = new IDBFactory();
    const db = await openLibrary(factory);
    await putPapers(db, generatePapers(120, 4), 'seed');
    const packed = (await packStoredLibrary(db))!;
    db.close();
    const scope: Record<string, unknown> = {};
    startPreopen(scope, factory);
    let indexAtDraw: Promise<unknown> | undefined;
    startFirstRows(
      10,
      async () => {
        indexAtDraw = (scope.__papershelfFirstScreen as { index?: Promise<unknown> }).index;
        return true;
      },
      scope,
    );
    await firstRowsSettled(scope);
    expect(indexAtDraw).toBeInstanceOf(Promise);
    const read = takeIndexReadAhead(scope);
    expect(read).toBe(indexAtDraw);
    // Its Blob of arrays read too (an ArrayBuffer now): the panel only lays views over it.
    const raw = (await read)!.index as { sections: unknown };
    expect(raw.sections).toBeInstanceOf(ArrayBuffer);
    const stored = (await unpackStoredIndex(raw))!;
    expect(isPackedIndex(stored)).toBe(true);
    expect(stored.writes).toBe(packed.writes);
    expect([...stored.postings]).toEqual([...packed.postings]);
    expect(takeIndexReadAhead(scope)).toBe(read);

    // Taken before the library opened: no read is started for nobody.
    const early: Record<string, unknown> = {};
    startPreopen(early, factory);
    startFirstRows(10, async () => true, early);
    expect(takeIndexReadAhead(early)).toBeUndefined();
    await firstRowsSettled(early);
    expect(takeIndexReadAhead(early)).toBeUndefined();
  });

  it('hands the panel the change broadcasts heard from before its read of the index, then each later one, until stopped', async () => {
    const factory = new IDBFactory();
    const db = await openLibrary(factory);
    const papers = generatePapers(20, 8);
    await putPapers(db, papers, 'seed');
    await packStoredLibrary(db);
    const scope: Record<string, unknown> = {};
    startPreopen(scope, factory);
    startFirstRows(10, async () => true, scope);
    await firstRowsSettled(scope);
    const ahead = (await takeIndexReadAhead(scope))!;
    /** The next broadcast, heard by a channel of the test's own (delivered to every channel open when it was sent). */
    const nextBroadcast = () =>
      new Promise<void>((resolve) => {
        const probe = new BroadcastChannel('papershelf-library');
        probe.onmessage = () => {
          probe.close();
          resolve();
        };
      });
    // Written after the read, before anyone follows: kept for the panel.
    let heard = nextBroadcast();
    await putPapers(db, [{ ...papers[0]!, title: 'Edited before the panel listened', updatedAt: papers[0]!.updatedAt + 1 }]);
    await heard;
    const got: unknown[] = [];
    const stop = ahead.follow((m) => got.push(m));
    expect(got).toEqual([expect.objectContaining({ type: 'changed', ids: [papers[0]!.id] })]);
    heard = nextBroadcast();
    await putPapers(db, [{ ...papers[1]!, title: 'Edited after', updatedAt: papers[1]!.updatedAt + 1 }]);
    await heard;
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([
      expect.objectContaining({ ids: [papers[0]!.id] }),
      expect.objectContaining({ type: 'changed', ids: [papers[1]!.id] }),
    ]);
    stop();
    heard = nextBroadcast();
    await putPapers(db, [{ ...papers[2]!, title: 'Edited once stopped', updatedAt: papers[2]!.updatedAt + 1 }]);
    await heard;
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toHaveLength(2);
    db.close();
  });

  it('reads nothing ahead when the library is to be created: the panel reads the index itself', async () => {
    const factory = new IDBFactory();
    const scope: Record<string, unknown> = {};
    startPreopen(scope, factory);
    startFirstRows(10, async () => true, scope);
    await firstRowsSettled(scope);
    expect(await takeIndexReadAhead(scope)).toBeUndefined();
    // The connection opened ahead did not create the library: the writer's openLibrary does, with the full upgrade.
    expect((await factory.databases()).map((d) => d.name)).not.toContain('papershelf');
  });

  it("reads the index on the library opened ahead, in a transaction of its own issued after the rows' one", async () => {
    const factory = new IDBFactory();
    const db = await openLibrary(factory);
    await putPapers(db, generatePapers(120, 5), 'seed');
    const packed = (await packStoredLibrary(db))!;
    db.close();
    const scope: Record<string, unknown> = {};
    startPreopen(scope, factory);
    const aheadDb = (await (scope[PREOPEN_SLOT] as Promise<IDBDatabase | null>))!;
    const scopes: string[][] = [];
    const transaction = aheadDb.transaction.bind(aheadDb);
    aheadDb.transaction = ((stores: string | string[], mode?: IDBTransactionMode) => {
      scopes.push([stores].flat());
      return transaction(stores, mode);
    }) as IDBDatabase['transaction'];
    startFirstRows(10, async () => true, scope);
    await firstRowsSettled(scope);
    const read = (await takeIndexReadAhead(scope))!;
    expect((read.index as { writes: number }).writes).toBe(packed.writes);
    expect((read.summary as { count: number }).count).toBe(120);
    expect(scopes).toEqual([
      ['directory', 'chunks'],
      ['directory', 'meta'],
    ]);
    aheadDb.close();
  });
});
