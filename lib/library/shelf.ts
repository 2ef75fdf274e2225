/**
 * The papers inside one IndexedDB transaction, laid out in chunks of up to CHUNK_CAPACITY papers (see directory.ts
 * for why). A Shelf reads the directory summary, fetches the lookup entries and only the chunks a lookup names when
 * it needs them, applies changes in memory and writes each touched chunk and the directory once on commit. New papers
 * are appended to the tail chunk, oldest first, so chunk order follows the order papers were added.
 */
import type { DBSchema, IDBPTransaction, StoreNames } from 'idb';
import type { Paper, Tombstone } from '../model';
import {
  MAX_CHUNKS,
  directoryChunks,
  emptySummary,
  idLookup,
  lookupKeys,
  newest,
  recentOf,
  replaceChunks,
  rewriteChunks,
  updateRecent,
  type Directory,
  type DirectoryEntries,
  type DirectorySummary,
} from './directory';

export const CHUNK_CAPACITY = 100;
export const SUMMARY_KEY = 'summary';
export const ENTRIES_KEY = 'entries';
/** The entries of chunks rewritten since `entries` was written (directory.ts Directory). */
const RECENT_ENTRIES_KEY = 'entries-recent';

export interface Chunk {
  no: number;
  papers: Paper[];
}

export interface LibrarySchema extends DBSchema {
  chunks: { key: number; value: Chunk };
  directory: { key: string; value: DirectorySummary | DirectoryEntries };
  tombstones: { key: string; value: Tombstone };
  meta: { key: string; value: unknown };
}

type ShelfTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], IDBTransactionMode>;
type WriteTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'readwrite'>;

/** A list of lookup entries as stored, under the stamp the directory summary gives it. */
interface Held {
  stamp: string;
  list: DirectoryEntries;
}

/**
 * The lists of lookup entries this context last read or wrote, under their stamps (DirectorySummary.baseStamp,
 * recentStamp): the whole list is a 3.2 MB record at 100,000 papers, whose read cost more than the rest of a capture,
 * and only a fold rewrites it; a capture after its review (which read both) reads neither. Stamps are random, so a
 * list is never taken for another database's, or for one another context wrote since.
 */
const held: { base?: Held; recent?: Held } = {};

export class Shelf {
  private entries?: Directory;
  private entriesRead?: Promise<Directory>;
  private loaded = new Map<number, Paper[]>();
  private pending = new Map<number, Promise<void>>();
  private chunkOf = new Map<string, number>();
  private keyMaps = new Map<number, Map<string, Paper>>();
  /** directoryChunks by lookup key: the entries read stay as they are for the transaction (commit writes new ones). */
  private chunksByKey = new Map<string, number[]>();
  private dirty = new Set<number>();
  private tail: number;
  private everything = false;
  private added: Paper[] = [];
  private updated: Paper[] = [];
  private deletedIds: string[] = [];

  private constructor(
    private readonly tx: ShelfTx,
    private readonly summary: DirectorySummary,
  ) {
    this.tail = summary.tail;
  }

  static async open(tx: ShelfTx): Promise<Shelf> {
    const summary = (await tx.objectStore('directory').get(SUMMARY_KEY)) as DirectorySummary | undefined;
    return new Shelf(tx, summary ?? emptySummary());
  }

  get count(): number {
    return this.summary.count + this.added.length - this.deletedIds.length;
  }

  private lookupEntries(): Promise<Directory> {
    const directory = this.tx.objectStore('directory');
    const list = async (which: 'base' | 'recent', key: string, stamp: string | undefined) => {
      const kept = held[which];
      if (stamp !== undefined && kept?.stamp === stamp) return kept.list;
      const read = ((await directory.get(key)) as DirectoryEntries | undefined) ?? new Float64Array(0);
      if (stamp !== undefined) held[which] = { stamp, list: read };
      return read;
    };
    this.entriesRead ??= Promise.all([
      list('base', ENTRIES_KEY, this.summary.baseStamp),
      list('recent', RECENT_ENTRIES_KEY, this.summary.recentStamp),
    ]).then(([base, recent]) => (this.entries = { base, recent }));
    return this.entriesRead;
  }

  private chunksHolding(lookup: string): number[] {
    let chunks = this.chunksByKey.get(lookup);
    if (!chunks) this.chunksByKey.set(lookup, (chunks = directoryChunks(this.entries!, lookup)));
    return chunks;
  }

  private load(no: number): Promise<void> {
    if (this.loaded.has(no)) return Promise.resolve();
    let p = this.pending.get(no);
    if (!p) {
      p = this.tx
        .objectStore('chunks')
        .get(no)
        .then((chunk) => this.adopt(no, chunk?.papers ?? []));
      this.pending.set(no, p);
    }
    return p;
  }

  private adopt(no: number, papers: Paper[]): void {
    if (this.loaded.has(no)) return;
    this.loaded.set(no, papers);
    for (const p of papers) this.chunkOf.set(p.id, no);
  }

  /** Every paper, in the order they were added (one request). */
  async all(): Promise<Paper[]> {
    const chunks = await this.tx.objectStore('chunks').getAll();
    for (const c of chunks) this.adopt(c.no, c.papers);
    this.everything = true;
    return [...this.loaded.keys()].sort((a, b) => a - b).flatMap((no) => this.loaded.get(no)!);
  }

  /** Load every chunk any of these lookup keys may be in, in parallel. */
  private async loadCandidates(lookups: string[]): Promise<void> {
    if (this.everything || !lookups.length) return;
    await this.lookupEntries();
    const wanted = new Set<number>();
    for (const key of lookups) {
      if (key.startsWith('i') && this.chunkOf.has(key.slice(1))) continue;
      for (const no of this.chunksHolding(key)) if (!this.loaded.has(no)) wanted.add(no);
    }
    await Promise.all([...wanted].map((no) => this.load(no)));
  }

  private keyMap(no: number): Map<string, Paper> {
    let m = this.keyMaps.get(no);
    if (!m) {
      m = new Map();
      for (const p of this.loaded.get(no)!) for (const k of lookupKeys(p)) if (!m.has(k)) m.set(k, p);
      this.keyMaps.set(no, m);
    }
    return m;
  }

  private match(key: string): Paper | undefined {
    if (key.startsWith('i')) {
      const id = key.slice(1);
      const no = this.chunkOf.get(id);
      return no === undefined ? undefined : this.loaded.get(no)!.find((p) => p.id === id);
    }
    const chunks = this.everything ? [...this.loaded.keys()] : this.chunksHolding(key);
    for (const no of chunks) {
      const hit = this.loaded.has(no) ? this.keyMap(no).get(key) : undefined;
      if (hit) return hit;
    }
    for (const no of this.dirty) {
      const hit = this.keyMap(no).get(key);
      if (hit) return hit;
    }
    return undefined;
  }

  /** For each list of lookup keys (strongest first), the paper the first matching key names. */
  async find(lookups: string[][]): Promise<(Paper | undefined)[]> {
    await this.loadCandidates(lookups.flat());
    return lookups.map((keys) => {
      for (const k of keys) {
        const hit = this.match(k);
        if (hit) return hit;
      }
      return undefined;
    });
  }

  /** Every paper holding this lookup key (a title key is held by more than one paper when titles repeat), in chunk order. */
  async findAll(lookup: string): Promise<Paper[]> {
    await this.loadCandidates([lookup]);
    const chunks = new Set(this.everything ? this.loaded.keys() : this.chunksHolding(lookup));
    for (const no of this.dirty) chunks.add(no);
    const out: Paper[] = [];
    for (const no of [...chunks].sort((a, b) => a - b)) {
      for (const p of this.loaded.get(no) ?? []) if (lookupKeys(p).includes(lookup)) out.push(p);
    }
    return out;
  }

  async get(ids: string[]): Promise<(Paper | undefined)[]> {
    return this.find(ids.map((id) => [idLookup(id)]));
  }

  /** The newest papers, newest first, from the directory's recent list; undefined when it cannot tell. */
  async recent(limit: number): Promise<Paper[] | undefined> {
    const entries = newest(this.summary, limit);
    if (!entries) return undefined;
    await Promise.all(entries.map((e) => this.load(e.chunk)));
    const papers = entries.map((e) => this.loaded.get(e.chunk)!.find((p) => p.id === e.id));
    return papers.every((p) => p !== undefined) ? (papers as Paper[]) : undefined;
  }

  private touch(no: number): Paper[] {
    this.dirty.add(no);
    this.keyMaps.delete(no);
    return this.loaded.get(no)!;
  }

  /** Write papers: replace the record with the same id where it is, append the others to the tail, oldest first. */
  async put(papers: Paper[]): Promise<void> {
    await this.loadCandidates(papers.map((p) => idLookup(p.id)));
    const fresh = new Map<string, Paper>();
    for (const p of papers) {
      const no = this.chunkOf.get(p.id);
      if (no === undefined) {
        fresh.set(p.id, p);
        continue;
      }
      const chunk = this.touch(no);
      chunk[chunk.findIndex((q) => q.id === p.id)] = p;
      this.updated.push(p);
    }
    if (!fresh.size) return;
    await this.load(this.tail);
    for (const p of [...fresh.values()].sort((a, b) => a.addedAt - b.addedAt)) {
      if (this.loaded.get(this.tail)!.length >= CHUNK_CAPACITY) {
        if (this.tail + 1 >= MAX_CHUNKS) throw new Error('The library has run out of chunk numbers.');
        this.tail += 1;
        this.adopt(this.tail, []);
      }
      this.touch(this.tail).push(p);
      this.chunkOf.set(p.id, this.tail);
      this.added.push(p);
    }
  }

  /** Remove papers by id; returns those that existed. */
  async delete(ids: string[]): Promise<Paper[]> {
    const found = (await this.get([...new Set(ids)])).filter((p): p is Paper => p !== undefined);
    for (const p of found) {
      const chunk = this.touch(this.chunkOf.get(p.id)!);
      chunk.splice(
        chunk.findIndex((q) => q.id === p.id),
        1,
      );
      this.chunkOf.delete(p.id);
      this.deletedIds.push(p.id);
    }
    return found;
  }

  /**
   * Write every touched chunk and the directory (the caller awaits the transaction). Once the lookup entries are read
   * (any find or put did), every request is made before this returns: the caller's work until it awaits the result
   * runs while IndexedDB writes.
   */
  async commit(): Promise<void> {
    if (!this.dirty.size) return;
    const entries = this.entries ?? (await this.lookupEntries());
    const tx = this.tx as WriteTx;
    const chunks = tx.objectStore('chunks');
    const changed = new Map<number, Paper[]>();
    const writes: Promise<unknown>[] = [];
    for (const no of this.dirty) {
      const papers = this.loaded.get(no)!;
      changed.set(no, papers);
      writes.push(papers.length ? chunks.put({ no, papers }) : chunks.delete(no));
    }
    const chunkOf = (id: string) => this.chunkOf.get(id)!;
    const writeNo = (this.summary.writes ?? 0) + 1;
    const chunkWrites = [...(this.summary.chunkWrites ?? [])];
    for (let no = chunkWrites.length; no <= this.tail; no++) chunkWrites[no] = 0;
    for (const no of this.dirty) chunkWrites[no] = writeNo;
    const directory = tx.objectStore('directory');
    const next = rewriteChunks(entries, changed);
    // The list written now, or the one read in this transaction, is the one the stamp names.
    const baseStamp = next.compacted || this.summary.baseStamp === undefined ? crypto.randomUUID() : this.summary.baseStamp;
    const recentStamp = crypto.randomUUID();
    held.base = { stamp: baseStamp, list: next.base };
    held.recent = { stamp: recentStamp, list: next.recent };
    const summary: DirectorySummary = {
      count: this.count,
      tail: this.tail,
      writes: writeNo,
      chunkWrites,
      baseStamp,
      recentStamp,
      ...(this.everything
        ? recentOf([...this.loaded.values()].flat(), chunkOf)
        : updateRecent(this.summary, { added: this.added, updated: this.updated, deletedIds: this.deletedIds }, chunkOf)),
    };
    writes.push(directory.put(next.recent, RECENT_ENTRIES_KEY), directory.put(summary, SUMMARY_KEY));
    if (next.compacted) writes.push(directory.put(next.base, ENTRIES_KEY));
    await Promise.all(writes);
  }
}

/** Lay papers out in chunks, oldest first (migration, benchmarks); the summary names the whole list of entries (baseStamp). */
export function layout(papers: Paper[]): { chunks: Chunk[]; summary: DirectorySummary; entries: DirectoryEntries } {
  const ordered = [...papers].sort((a, b) => a.addedAt - b.addedAt);
  const chunks: Chunk[] = [];
  for (let i = 0; i < ordered.length; i += CHUNK_CAPACITY) chunks.push({ no: chunks.length, papers: ordered.slice(i, i + CHUNK_CAPACITY) });
  const chunkOf = new Map(chunks.flatMap((c) => c.papers.map((p) => [p.id, c.no] as const)));
  return {
    chunks,
    summary: {
      count: ordered.length,
      tail: chunks.length ? chunks.length - 1 : 0,
      baseStamp: crypto.randomUUID(),
      recentStamp: crypto.randomUUID(),
      ...recentOf(ordered, (id) => chunkOf.get(id)!),
    },
    entries: replaceChunks(new Float64Array(0), new Map(chunks.map((c) => [c.no, c.papers]))),
  };
}
