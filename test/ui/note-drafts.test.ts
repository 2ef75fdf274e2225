import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { generatePapers } from '../support/generate';
import { getPapersByIds, openLibrary, putPapers } from '../../lib/library/store';
import { NoteDrafts } from '../../lib/ui/sidepanel/note-drafts';

/** localStorage's shape over a Map (what the side panel's page has). */
function memoryStorage() {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    key: (i: number) => [...m.keys()][i] ?? null,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    map: m,
  };
}

describe('note drafts: what a closing panel typed reaches the library', () => {
  it('a draft left by a closed panel is written by the next one, with the time it was typed', async () => {
    const db = await openLibrary(new IDBFactory());
    const [a, b] = generatePapers(2, 3).map((p) => ({ ...p, note: '', clock: { ...p.clock, note: 1000 } }));
    await putPapers(db, [a!, b!]);
    const storage = memoryStorage();
    new NoteDrafts(storage).put(a!.id, 'typed just before closing', 5000);
    new NoteDrafts(storage).put(b!.id, 'older than the note stored since', 500);

    expect(await new NoteDrafts(storage).replay(db)).toBe(1);
    const { found } = await getPapersByIds(db, [a!.id, b!.id]);
    expect(found[0]).toMatchObject({ note: 'typed just before closing', clock: { note: 5000 } });
    expect(found[1]!.note).toBe(''); // changed after the draft was typed (clock 1000 > 500): kept as it is
    expect(storage.map.size).toBe(0);
  });

  it('a written note clears its draft, unless a newer draft replaced it', () => {
    const storage = memoryStorage();
    const drafts = new NoteDrafts(storage);
    drafts.put('p1', 'first', 10);
    drafts.put('p1', 'second', 20);
    drafts.written('p1', 10);
    expect(storage.map.size).toBe(1);
    drafts.written('p1', 20);
    expect(storage.map.size).toBe(0);
  });

  it('no storage, a full one, or a damaged draft never stops the note being written', async () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => new NoteDrafts(full).put('p', 'n', 1)).not.toThrow();
    expect(() => new NoteDrafts(undefined).put('p', 'n', 1)).not.toThrow();
    const storage = memoryStorage();
    storage.setItem('papershelf:note-draft:x', '{not json');
    const db = await openLibrary(new IDBFactory());
    expect(await new NoteDrafts(storage).replay(db)).toBe(0);
  });
});
