/**
 * A library written by version 1 of the store (one IndexedDB record per paper, with index fields) opens with the
 * current store code in Chromium's real IndexedDB with every paper intact, and lookups still find them. (The
 * extension's own database is already open in its service worker, so the run uses a database of another name.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../../lib/model';
import { generatePapers } from '../support/generate';
import { identityKeys, titleKey } from '../../lib/identity';
import { launchExtension, withLibrary, type ExtensionSession, type LibraryApi } from './harness';

let s: ExtensionSession;
const papers: Paper[] = generatePapers(250, 3);
const byId = (ps: Paper[]) => [...ps].sort((a, b) => a.id.localeCompare(b.id));

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => s?.close());

describe('store migration in Chromium', () => {
  it('moves a version 1 library into chunks without losing a field', async () => {
    const lab = await s.page('manifest.json');
    await withLibrary(lab);
    const result = await lab.evaluate(
      async ({ records, known }) => {
        const NAME = 'papershelf-migration-check';
        const v1: IDBDatabase = await new Promise((res, rej) => {
          const r = indexedDB.open(NAME, 1);
          r.onupgradeneeded = () => {
            const papersStore = r.result.createObjectStore('papers', { keyPath: 'id' });
            papersStore.createIndex('keys', 'keys', { multiEntry: true });
            papersStore.createIndex('tkey', 'tkey');
            papersStore.createIndex('addedAt', 'addedAt');
            r.result.createObjectStore('tombstones', { keyPath: 'id' });
            r.result.createObjectStore('meta');
          };
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
        await new Promise<void>((res, rej) => {
          const tx = v1.transaction('papers', 'readwrite');
          for (const rec of records) tx.objectStore('papers').put(rec);
          tx.oncomplete = () => res();
          tx.onerror = () => rej(tx.error);
        });
        v1.close();
        const lib = (globalThis as unknown as { __papershelfLibrary: LibraryApi }).__papershelfLibrary;
        const db = (await lib.openLibrary(undefined, NAME)) as IDBDatabase;
        const stores = [...db.objectStoreNames];
        const all = await lib.getAllPapers(db);
        const review = await lib.reviewScan(db, { site: 'text', kind: 'lab', url: 'https://lab.example/', entries: [known] });
        db.close();
        return { stores, all, review };
      },
      {
        records: papers.map((p) => ({ ...p, keys: identityKeys(p), tkey: titleKey(p.title) })),
        known: {
          title: papers[100]!.title,
          authors: papers[100]!.authors,
          authorsTruncated: papers[100]!.authorsTruncated,
          ids: papers[100]!.ids,
          ...(papers[100]!.year ? { year: papers[100]!.year } : {}),
        },
      },
    );
    expect(result.stores.sort()).toEqual(['chunks', 'directory', 'meta', 'tombstones']);
    expect(byId(result.all)).toEqual(byId(papers)); // the index fields are gone, every other field is kept
    expect(result.review[0]!.status).toBe('saved');
  });
});
