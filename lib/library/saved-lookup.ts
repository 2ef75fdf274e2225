/**
 * The background's side of the page's "Saved" marks: which of a page's entries the library holds, answered from the
 * directory's identity lookup (one read-only transaction, only the chunks the keys point to are read). An arXiv entry
 * whose published version is saved alone (no arXiv id on it) is marked as saved too (versions.ts).
 */
import { identityLookup, titleLookup } from './directory';
import { publishedOfListedPreprint } from './versions';
import type { Paper } from '../model';
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
  const found: (Paper | undefined)[] = await shelf.find(keyLists.map((keys) => keys.map(identityLookup)));
  // An arXiv entry whose published version is saved (versions.ts) is marked too: looked up by the fingerprint's title.
  const titled = keyLists.map((keys, i) => {
    const fp = found[i] ? undefined : keys.find((k) => k.startsWith('fp:'));
    return fp && keys.some((k) => k.startsWith('arxiv:')) ? titleLookup(`t:${fp.slice(3, fp.indexOf('|'))}`) : undefined;
  });
  const first = await shelf.find(titled.map((k) => (k ? [k] : [])));
  for (let i = 0; i < keyLists.length; i++) {
    if (!first[i]) continue;
    found[i] = (await shelf.findAll(titled[i]!)).find((p) => publishedOfListedPreprint(p, keyLists[i]!));
  }
  await tx.done;
  return found.map((p) => (p ? { tags: activeTags(p.tags).length } : null));
}
