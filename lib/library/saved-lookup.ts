/**
 * The background's side of the page's "Saved" marks: which of a page's entries the library holds, answered from the
 * directory's identity lookup (one read-only transaction, only the chunks the keys point to are read).
 */
import { identityLookup } from './directory';
import { Shelf } from './shelf';
import { activeTags } from '../tags';
import type { LibraryDb } from './store';

/** What a page's mark may know of a saved paper: that it is saved, and how many tags it has. Nothing else leaves. */
export interface SavedMark {
  tags: number;
}

/** For each entry's identity keys (lib/library/identity.ts identityKeys, strongest first): its mark, or null when not saved. */
export async function lookupSaved(db: LibraryDb, keyLists: readonly (readonly string[])[]): Promise<(SavedMark | null)[]> {
  if (keyLists.length === 0) return [];
  const tx = db.transaction(['chunks', 'directory'], 'readonly');
  const shelf = await Shelf.open(tx);
  const found = await shelf.find(keyLists.map((keys) => keys.map(identityLookup)));
  await tx.done;
  return found.map((p) => (p ? { tags: activeTags(p.tags).length } : null));
}
