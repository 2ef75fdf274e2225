/**
 * Where each paper lives in the chunked store. IndexedDB in Chromium costs ~0.1 ms per request whatever the record's
 * size, so the library is kept as chunks of papers, and this directory replaces the per-paper indexes: one sorted
 * Float64Array of (32-bit hash of a lookup key, chunk number) pairs, read and written as a single record (a typed
 * array is copied, not walked, by structured clone). A hash only names candidate chunks; callers confirm the match
 * against the papers in them, so collisions cost a read, never a wrong answer.
 *
 * Lookup keys: `i` + paper id, `k` + every identity key, `t` + the title key ("possibly the same paper").
 */
import type { Paper } from '../model';
import { identityKeys, titleKey } from '../identity';

/** Chunk numbers live in the low 21 bits; 2^32 hashes × 2^21 chunks stays below 2^53, exact in a double. */
const CHUNK_SPACE = 2 ** 21;
export const MAX_CHUNKS = CHUNK_SPACE;

/** Sorted ascending; each value is hash * CHUNK_SPACE + chunk. Its own record: only lookups need it. */
export type DirectoryEntries = Float64Array;

/** The small part of the directory, read by every operation (the count, the first screen). */
export interface DirectorySummary {
  /** Papers in the library. */
  count: number;
  /** The chunk new papers are appended to. */
  tail: number;
  /** The most recently added papers, newest first (at most RECENT_KEEP), with the chunk each lives in. */
  recent: RecentEntry[];
  /**
   * No paper missing from `recent` was added after this, so the listed papers added after it are exactly the newest
   * ones. Deletions and merges that move a paper's addedAt may leave fewer of them than asked for; readers then scan.
   */
  recentBound: number;
  /** Write transactions committed so far (absent before search indexes were kept: 0). */
  writes?: number;
  /** The write count at which each chunk was last written, by chunk number (absent or short: 0). */
  chunkWrites?: number[];
  /**
   * Names the lookup entries' whole list (`Directory.base`) as stored: a new one each time the writer writes that list,
   * given when the summary has none. A context holding the list under this name need not read it again (shelf.ts).
   */
  baseStamp?: string;
  /** Names `Directory.recent` as stored, the same way: a new one at every write. */
  recentStamp?: string;
}

export interface RecentEntry {
  id: string;
  addedAt: number;
  /** Papers never move between chunks, so this stays true while the paper exists. */
  chunk: number;
}

export const RECENT_KEEP = 256;

export function emptySummary(): DirectorySummary {
  return { count: 0, tail: 0, recent: [], recentBound: -Infinity };
}

type Recent = Pick<DirectorySummary, 'recent' | 'recentBound'>;
type ChunkOf = (id: string) => number;

function keepNewest(entries: RecentEntry[], bound: number): Recent {
  entries.sort((a, b) => b.addedAt - a.addedAt);
  const dropped = entries[RECENT_KEEP];
  return { recent: entries.slice(0, RECENT_KEEP), recentBound: dropped ? Math.max(bound, dropped.addedAt) : bound };
}

/** The recent list of a whole library. */
export function recentOf(papers: readonly Paper[], chunkOf: ChunkOf): Recent {
  return keepNewest(
    papers.map(({ id, addedAt }) => ({ id, addedAt, chunk: chunkOf(id) })),
    -Infinity,
  );
}

/** The recent list after a write. */
export function updateRecent(
  current: Recent,
  change: { added: readonly Paper[]; updated: readonly Paper[]; deletedIds: Iterable<string> },
  chunkOf: ChunkOf,
): Recent {
  const listed = new Map(current.recent.map((r) => [r.id, r]));
  for (const id of change.deletedIds) listed.delete(id);
  for (const p of change.added) listed.set(p.id, { id: p.id, addedAt: p.addedAt, chunk: chunkOf(p.id) });
  for (const p of change.updated) {
    const known = listed.get(p.id);
    if (known) listed.set(p.id, { ...known, addedAt: p.addedAt });
    else if (p.addedAt > current.recentBound) listed.set(p.id, { id: p.id, addedAt: p.addedAt, chunk: chunkOf(p.id) });
  }
  return keepNewest([...listed.values()], current.recentBound);
}

/**
 * The chunks written after write `since` (a search index packed then is stale for them), or undefined when the
 * directory has been rewritten behind the writer's back (its count went backwards).
 */
export function chunksWrittenSince(summary: DirectorySummary, since: number): number[] | undefined {
  if ((summary.writes ?? 0) < since) return undefined;
  const out: number[] = [];
  (summary.chunkWrites ?? []).forEach((w, no) => {
    if (w > since) out.push(no);
  });
  return out;
}

/** The `limit` newest papers' entries, when the recent list can tell. */
export function newest(summary: DirectorySummary, limit: number): RecentEntry[] | undefined {
  const want = Math.min(limit, summary.count);
  const sure = summary.recent.filter((r) => r.addedAt > summary.recentBound);
  return sure.length >= want ? sure.slice(0, want) : undefined;
}

/** FNV-1a over UTF-16 code units, with a final avalanche (murmur3 fmix32) so similar keys spread. */
export function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const idLookup = (id: string) => 'i' + id;
export const identityLookup = (key: string) => 'k' + key;
export const titleLookup = (tkey: string) => 't' + tkey;

/** Every lookup key of a stored paper. */
export function lookupKeys(p: Paper): string[] {
  return [idLookup(p.id), ...identityKeys(p).map(identityLookup), titleLookup(titleKey(p.title))];
}

function lowerBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The chunks that may hold a paper with this lookup key, ascending. */
export function candidateChunks(entries: DirectoryEntries, lookup: string): number[] {
  return chunksOfHash(entries, hashKey(lookup));
}

/** The chunks entries of this key hash name, ascending. */
function chunksOfHash(entries: DirectoryEntries, h: number): number[] {
  const start = h * CHUNK_SPACE;
  const end = start + CHUNK_SPACE;
  const out: number[] = [];
  for (let i = lowerBound(entries, start); i < entries.length && entries[i]! < end; i++) {
    const chunk = entries[i]! - start;
    if (out[out.length - 1] !== chunk) out.push(chunk);
  }
  return out;
}

/** `a` and `b` (each sorted) as one sorted array. */
function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** `entries` without those of the chunks `drop` holds. */
function withoutChunks(entries: DirectoryEntries, drop: (chunk: number) => boolean): Float64Array {
  const kept = new Float64Array(entries.length);
  let n = 0;
  for (const v of entries) if (!drop(v % CHUNK_SPACE)) kept[n++] = v;
  return kept.subarray(0, n);
}

/**
 * The directory after some chunks were rewritten: their old entries dropped, their new papers' entries added.
 * Linear in the directory plus a sort of the new entries only.
 */
export function replaceChunks(entries: DirectoryEntries, chunks: Map<number, readonly Paper[]>): DirectoryEntries {
  const added: number[] = [];
  for (const [chunk, papers] of chunks) {
    for (const p of papers) for (const key of lookupKeys(p)) added.push(hashKey(key) * CHUNK_SPACE + chunk);
  }
  return mergeSorted(
    withoutChunks(entries, (chunk) => chunks.has(chunk)),
    Float64Array.from(new Set(added)).sort(),
  );
}

/**
 * The lookup entries as stored: `base`, written whole only now and then, and `recent`, the entries of every chunk
 * rewritten since (a write rewrites only this small record, not the 8 bytes per key of the whole library: 3.6 MB at
 * 100,000 papers). A rewritten chunk's old entries stay in `base` until the next compaction: they can only name a
 * chunk that no longer holds the key, which costs a read, never a wrong answer (callers confirm every match).
 */
export interface Directory {
  base: DirectoryEntries;
  recent: DirectoryEntries;
}

/** A rewritten chunk's mark in `recent`, so that an emptied chunk is listed too (lookups never ask for it: their keys start with i, k or t). */
const REWRITTEN = hashKey('c') * CHUNK_SPACE;
/** `recent` is folded into `base` once it holds more than this many entries, or an eighth of `base`. */
export const RECENT_MIN = 4096;

/** The chunks that may hold a paper with this lookup key, ascending. */
export function directoryChunks(d: Directory, lookup: string): number[] {
  const h = hashKey(lookup);
  const fromBase = chunksOfHash(d.base, h);
  if (!d.recent.length) return fromBase;
  const fromRecent = chunksOfHash(d.recent, h);
  if (!fromRecent.length) return fromBase;
  if (!fromBase.length) return fromRecent;
  return [...new Set([...fromBase, ...fromRecent])].sort((a, b) => a - b);
}

/**
 * The directory after some chunks were rewritten (an empty list: the chunk was deleted): their entries replace theirs
 * in `recent`, with a mark for each chunk; when `recent` has grown past its limit it is folded into `base` (every
 * marked chunk's entries in `base` replaced by those in `recent`). `compacted`: whether `base` changed (to be written).
 */
export function rewriteChunks(d: Directory, chunks: Map<number, readonly Paper[]>): Directory & { compacted: boolean } {
  const marks = Float64Array.from(chunks.keys(), (no) => REWRITTEN + no).sort();
  const recent = mergeSorted(replaceChunks(d.recent, chunks), marks);
  if (recent.length <= Math.max(RECENT_MIN, d.base.length / 8)) return { base: d.base, recent, compacted: false };
  const rewritten = new Set<number>();
  for (const v of recent) rewritten.add(v % CHUNK_SPACE);
  // The marks go into `base` too (one per chunk at most): a real key that hashes like a mark keeps its entries.
  return {
    base: mergeSorted(
      withoutChunks(d.base, (chunk) => rewritten.has(chunk)),
      recent,
    ),
    recent: new Float64Array(0),
    compacted: true,
  };
}
