/**
 * The library's full-text index over title, authors, abstract, venue, note and tags, packed so it can be kept with the
 * library and brought back in one read: the distinct terms sorted and concatenated in one string, and per term its
 * postings (paper ordinal × field, ascending) delta-coded as varints in one Uint8Array, decoded only for the terms a
 * query matches. It is kept in one Blob (StoredIndexRecord), so reading it back costs about its size in bytes: the side
 * panel waits for that read before search is usable, and the varints make it about a third of 32-bit postings
 * (bench/profile-search-index.ts).
 *
 * A stored index is stamped with the directory's write count and records the chunk each paper was in: chunks written
 * since (directory.ts `chunkWrites`) are its stale part. `SearchIndex` answers from the packed base with the papers of
 * stale chunks (and every later change) masked out of it and indexed again in a small overlay, so it never answers
 * for a paper as it was before a write.
 */
import type { Paper } from '../model';
import { authorName } from '../names';
import { activeTags } from '../tags';

/** Fields in posting order (the low 3 bits of a posting) and their weight in the ranking: title matches come first. */
const FIELD_WEIGHTS = { title: 3, authors: 2.5, tags: 2, venue: 1.2, note: 1.2, abstract: 1 };
const BOOST = Float64Array.from(Object.values(FIELD_WEIGHTS));
const FIELD_BITS = 3;
/** Ordinals share a posting with the field; 2^29 papers is far beyond any library. */
const MAX_DOCS = 2 ** (32 - FIELD_BITS);
/** Longer "words" (URLs, hashes, run-together text) are cut: nobody types more of one. */
const MAX_TERM = 40;
const ID_SEPARATOR = '\u0000';

const SEARCH_INDEX_FORMAT = 2;

/** The stored form. Everything in it is a string, a number or a typed array. */
export interface PackedIndex {
  format: typeof SEARCH_INDEX_FORMAT;
  /** The directory's write count the index reflects (directory.ts). */
  writes: number;
  /**
   * Paper ids by ordinal, joined with NUL, in UTF-8 (half the bytes of a string holding one non-Latin-1 character, as
   * fingerprint ids of accented titles do); as a string when an id is not well-formed UTF-16 (UTF-8 cannot hold it).
   */
  ids: Uint8Array | string;
  /** The chunk each paper was in when indexed, by ordinal. */
  chunks: Uint32Array;
  /** Each paper's addedAt, by ordinal (ties in the ranking go to the newest). */
  added: Float64Array;
  /** Distinct terms, sorted by code unit, concatenated. */
  terms: string;
  /** Term i is terms.slice(termStarts[i], termStarts[i + 1]). */
  termStarts: Uint32Array;
  /** Term i's postings are the bytes postings[postingStarts[i] .. postingStarts[i + 1]). */
  postingStarts: Uint32Array;
  /**
   * Per term, its codes (ordinal << 3 | field number, one per paper and field the term is in) ascending, each stored
   * as its difference from the one before (the first as is) in 7-bit groups, low first, the high bit set on all but the
   * last group of a number (`encodePostings`).
   */
  postings: Uint8Array;
}

/** Append ascending 32-bit codes to `out` from `at`, delta-coded as varints (see PackedIndex.postings); returns the end. */
export function encodePostings(codes: ArrayLike<number>, out: Uint8Array, at: number): number {
  let prev = 0;
  for (let i = 0; i < codes.length; i++) {
    let d = codes[i]! - prev;
    prev = codes[i]!;
    while (d >= 0x80) {
      out[at++] = (d & 0x7f) | 0x80;
      d = Math.floor(d / 0x80);
    }
    out[at++] = d;
  }
  return at;
}

/** The codes of `bytes[from .. to)` (encodePostings), one by one. */
export function decodePostings(bytes: Uint8Array, from: number, to: number, visit: (code: number) => void): void {
  let code = 0;
  let j = from;
  while (j < to) {
    let b = bytes[j++]!;
    let d = b & 0x7f;
    let scale = 0x80;
    while (b & 0x80) {
      b = bytes[j++]!;
      d += (b & 0x7f) * scale;
      scale *= 0x80;
    }
    code += d;
    visit(code);
  }
}

/** At most this many bytes per code: 32 bits in 7-bit groups. */
const MAX_VARINT = 5;

const WORD_SPLIT = /[\s\p{P}]+/u;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/** Lower case, accents dropped ("Müller" is found by "muller" and by "müller"). */
export function foldText(s: string): string {
  const lower = s.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/** The terms of a text, in order (repeats kept). */
function termsOf(text: string): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const w of foldText(text).split(WORD_SPLIT)) if (w) out.push(w.length > MAX_TERM ? w.slice(0, MAX_TERM) : w);
  return out;
}

/** The text of each searched field of a paper, in FIELD_WEIGHTS order (tags that are off are not searched). */
function searchFields(p: Paper): string[] {
  return [p.title, p.authors.map(authorName).join(' '), activeTags(p.tags).join(' '), p.venue ?? '', p.note, p.abstract ?? ''];
}

export interface IndexedPaper {
  paper: Paper;
  /** The chunk the paper is stored in (0 for papers indexed outside the store). */
  chunk: number;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const encodeIds = (joined: string) => (LONE_SURROGATE.test(joined) ? joined : new TextEncoder().encode(joined));
const decodeIds = (ids: Uint8Array | string) => (typeof ids === 'string' ? ids : new TextDecoder('utf-8', { ignoreBOM: true }).decode(ids));

/** Build the packed index of these papers. Ordinals follow addedAt (oldest first): the ranking's tie-break. */
export function packIndex(papers: readonly IndexedPaper[], writes: number): PackedIndex {
  if (papers.length >= MAX_DOCS) throw new Error('Too many papers for the search index.');
  const entries = [...papers].sort((a, b) => a.paper.addedAt - b.paper.addedAt);
  const byTerm = new Map<string, number[]>();
  const ids: string[] = [];
  const chunks = new Uint32Array(entries.length);
  const added = new Float64Array(entries.length);
  entries.forEach(({ paper, chunk }, ordinal) => {
    if (paper.id.includes(ID_SEPARATOR)) throw new Error('A paper id holds a NUL character.');
    ids.push(paper.id);
    chunks[ordinal] = chunk;
    added[ordinal] = paper.addedAt;
    const fields = searchFields(paper);
    for (let f = 0; f < fields.length; f++) {
      const code = (ordinal << FIELD_BITS) | f;
      for (const term of termsOf(fields[f]!)) {
        let list = byTerm.get(term);
        if (!list) byTerm.set(term, (list = []));
        if (list[list.length - 1] !== code) list.push(code);
      }
    }
  });
  const terms = [...byTerm.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const termStarts = new Uint32Array(terms.length + 1);
  const postingStarts = new Uint32Array(terms.length + 1);
  let chars = 0;
  let total = 0;
  for (let i = 0; i < terms.length; i++) {
    termStarts[i] = chars;
    chars += terms[i]!.length;
    total += byTerm.get(terms[i]!)!.length;
  }
  termStarts[terms.length] = chars;
  const bytes = new Uint8Array(total * MAX_VARINT);
  let end = 0;
  for (let i = 0; i < terms.length; i++) {
    postingStarts[i] = end;
    end = encodePostings(byTerm.get(terms[i]!)!, bytes, end);
  }
  postingStarts[terms.length] = end;
  const postings = bytes.slice(0, end);
  return {
    format: SEARCH_INDEX_FORMAT,
    writes,
    ids: encodeIds(ids.join(ID_SEPARATOR)),
    chunks,
    added,
    terms: terms.join(''),
    termStarts,
    postingStarts,
    postings,
  };
}

/** Whether a stored value is a packed index this code can read (anything else is rebuilt). */
export function isPackedIndex(v: unknown): v is PackedIndex {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Partial<PackedIndex>;
  const n = p.chunks?.length;
  return (
    p.format === SEARCH_INDEX_FORMAT &&
    typeof p.writes === 'number' &&
    (typeof p.ids === 'string' || p.ids instanceof Uint8Array) &&
    typeof p.terms === 'string' &&
    p.chunks instanceof Uint32Array &&
    p.added instanceof Float64Array &&
    p.added.length === n &&
    p.termStarts instanceof Uint32Array &&
    p.postingStarts instanceof Uint32Array &&
    p.postings instanceof Uint8Array &&
    p.termStarts.length === p.postingStarts.length &&
    p.termStarts.length > 0 &&
    p.termStarts[p.termStarts.length - 1] === p.terms.length &&
    p.postingStarts[p.postingStarts.length - 1] === p.postings.length
  );
}

/**
 * How a packed index is kept in IndexedDB: its arrays in one Blob (`sections`), the counts that lay them out beside it.
 * Structured clone of the arrays themselves (format 2 kept them so) made reading the index back cost the page the
 * value's transfer and then its deserialisation on the main thread (~20 ms at 20k papers, behind the first screen's
 * render and paint); a Blob arrives with the get's success as a handle and its bytes are read as one ArrayBuffer,
 * which the arrays are views of (bench/ab-sidepanel-open.ts). `sections` is an ArrayBuffer when it was read ahead
 * (preopen.ts).
 */
export interface StoredIndexRecord {
  format: typeof STORED_INDEX_FORMAT;
  writes: number;
  /** Papers, terms, and the byte lengths of the postings, UTF-8 ids and UTF-8 terms in `sections`. */
  docs: number;
  termCount: number;
  postingBytes: number;
  idBytes: number;
  termBytes: number;
  /** The ids or the terms as a string, instead of in `sections`, when UTF-8 cannot hold them (a lone surrogate). */
  idsText?: string;
  termsText?: string;
  /** added (float64), chunks, termStarts, postingStarts (uint32), postings, ids, terms (bytes), in that order. */
  sections: Blob | ArrayBuffer;
}

const STORED_INDEX_FORMAT = 3;

function sectionLayout(r: Pick<StoredIndexRecord, 'docs' | 'termCount' | 'postingBytes' | 'idBytes' | 'termBytes'>) {
  const added = 0;
  const chunks = added + 8 * r.docs;
  const termStarts = chunks + 4 * r.docs;
  const postingStarts = termStarts + 4 * (r.termCount + 1);
  const postings = postingStarts + 4 * (r.termCount + 1);
  const ids = postings + r.postingBytes;
  const terms = ids + r.idBytes;
  return { added, chunks, termStarts, postingStarts, postings, ids, terms, end: terms + r.termBytes };
}

/** The record a packed index is kept as (StoredIndexRecord). */
export function storedIndexRecord(p: PackedIndex): StoredIndexRecord {
  const termsBytes = LONE_SURROGATE.test(p.terms) ? undefined : new TextEncoder().encode(p.terms);
  const ids = typeof p.ids === 'string' ? undefined : p.ids;
  const counts = {
    docs: p.chunks.length,
    termCount: p.termStarts.length - 1,
    postingBytes: p.postings.length,
    idBytes: ids?.length ?? 0,
    termBytes: termsBytes?.length ?? 0,
  };
  const at = sectionLayout(counts);
  const bytes = new Uint8Array(at.end);
  new Float64Array(bytes.buffer, at.added, counts.docs).set(p.added);
  new Uint32Array(bytes.buffer, at.chunks, counts.docs).set(p.chunks);
  new Uint32Array(bytes.buffer, at.termStarts, counts.termCount + 1).set(p.termStarts);
  new Uint32Array(bytes.buffer, at.postingStarts, counts.termCount + 1).set(p.postingStarts);
  bytes.set(p.postings, at.postings);
  if (ids) bytes.set(ids, at.ids);
  if (termsBytes) bytes.set(termsBytes, at.terms);
  return {
    format: STORED_INDEX_FORMAT,
    writes: p.writes,
    ...counts,
    ...(ids ? {} : { idsText: p.ids as string }),
    ...(termsBytes ? {} : { termsText: p.terms }),
    sections: new Blob([bytes]),
  };
}

const count = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/**
 * The packed index a stored value holds, its arrays views of the bytes read; undefined when the value is not a
 * record of this format (an index of an earlier format is packed again) or does not add up.
 */
export async function unpackStoredIndex(v: unknown): Promise<PackedIndex | undefined> {
  if (typeof v !== 'object' || v === null) return undefined;
  const r = v as Partial<StoredIndexRecord>;
  if (r.format !== STORED_INDEX_FORMAT || typeof r.writes !== 'number') return undefined;
  if (!count(r.docs) || !count(r.termCount) || !count(r.postingBytes) || !count(r.idBytes) || !count(r.termBytes)) return undefined;
  if (r.idsText !== undefined && typeof r.idsText !== 'string') return undefined;
  if (r.termsText !== undefined && typeof r.termsText !== 'string') return undefined;
  const buffer =
    r.sections instanceof ArrayBuffer
      ? r.sections
      : r.sections instanceof Blob
        ? await r.sections.arrayBuffer().catch(() => undefined)
        : undefined;
  const at = sectionLayout(r as StoredIndexRecord);
  if (!buffer || buffer.byteLength !== at.end) return undefined;
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  const packed: PackedIndex = {
    format: SEARCH_INDEX_FORMAT,
    writes: r.writes,
    ids: r.idsText ?? new Uint8Array(buffer, at.ids, r.idBytes),
    chunks: new Uint32Array(buffer, at.chunks, r.docs),
    added: new Float64Array(buffer, at.added, r.docs),
    terms: r.termsText ?? utf8.decode(new Uint8Array(buffer, at.terms, r.termBytes)),
    termStarts: new Uint32Array(buffer, at.termStarts, r.termCount + 1),
    postingStarts: new Uint32Array(buffer, at.postingStarts, r.termCount + 1),
    postings: new Uint8Array(buffer, at.postings, r.postingBytes),
  };
  return isPackedIndex(packed) ? packed : undefined;
}

/** One word of a query: matched as a whole term, by prefix (`prefix`), and within `fuzzy` edits. */
export interface QueryWord {
  word: string;
  prefix: boolean;
  fuzzy: number;
}

/**
 * The words to look for. A word followed by more text is complete: matched exactly, and by prefix from three letters
 * on. The last word, still being typed, is matched by prefix from three letters on and left out below that: a one-
 * or two-letter prefix matches most of a large library and costs several frames on its own. Words of five letters or
 * more also match terms one edit away (two from eight letters): a typo.
 */
export function queryWords(text: string): QueryWord[] {
  const inProgress = !/[\s\p{P}]$/u.test(text);
  const words = termsOf(text);
  const out: QueryWord[] = [];
  words.forEach((word, i) => {
    const last = i === words.length - 1 && inProgress;
    const fuzzy = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
    if (word.length >= 3) out.push({ word, prefix: true, fuzzy });
    else if (!last && word.length === 2) out.push({ word, prefix: false, fuzzy: 0 });
  });
  return out;
}

/** How well a term matches a word: whole > prefix (the closer to whole, the better) > typo. */
function quality(word: QueryWord, termLength: number, distance: number): number {
  if (distance === 0 && termLength === word.word.length) return 1;
  if (distance === 0) return 0.4 + 0.4 * (word.word.length / termLength);
  return 0.3 / (1 + distance);
}

/** A packed index opened for queries. */
class Segment {
  readonly size: number;
  private idList?: string[];
  private readonly termCount: number;

  constructor(readonly packed: PackedIndex) {
    this.size = packed.chunks.length;
    this.termCount = packed.termStarts.length - 1;
  }

  /** Ids by ordinal (split on first use). */
  get ids(): string[] {
    this.idList ??= this.size ? decodeIds(this.packed.ids).split(ID_SEPARATOR) : [];
    return this.idList;
  }

  private term(i: number): string {
    return this.packed.terms.slice(this.packed.termStarts[i], this.packed.termStarts[i + 1]);
  }

  /** The first term index whose term is >= s. */
  private lowerBound(s: string, from = 0): number {
    let lo = from;
    let hi = this.termCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.term(mid) < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * For each term matching the word, `visit(term index, quality)`. Prefix matches are a range of the sorted terms;
   * typo matches walk the sorted terms like a trie (rows of the edit-distance table shared by a common prefix),
   * skipping every term under a prefix already too far from the word.
   */
  matchTerms(w: QueryWord, visit: (i: number, q: number) => void): void {
    const { terms, termStarts } = this.packed;
    const word = w.word;
    const seen = new Set<number>();
    const start = this.lowerBound(word);
    if (w.prefix) {
      for (let i = start; i < this.termCount; i++) {
        const len = termStarts[i + 1]! - termStarts[i]!;
        if (len < word.length || !terms.startsWith(word, termStarts[i])) break;
        seen.add(i);
        visit(i, quality(w, len, 0));
      }
    } else if (start < this.termCount && this.term(start) === word) {
      seen.add(start);
      visit(start, 1);
    }
    if (!w.fuzzy) return;
    const max = w.fuzzy;
    const m = word.length;
    // rows[d] is the edit-distance row after the term's first d characters.
    const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, j) => j)];
    let prevTerm = '';
    let i = 0;
    while (i < this.termCount) {
      const t = this.term(i);
      let common = 0;
      const limit = Math.min(t.length, prevTerm.length, rows.length - 1);
      while (common < limit && t.charCodeAt(common) === prevTerm.charCodeAt(common)) common++;
      let depth = common;
      let dead = -1;
      for (; depth < t.length && depth < m + max; depth++) {
        const prev = rows[depth]!;
        const row = (rows[depth + 1] ??= new Int32Array(m + 1));
        row[0] = depth + 1;
        let rowMin = row[0];
        const c = t.charCodeAt(depth);
        for (let j = 1; j <= m; j++) {
          const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (word.charCodeAt(j - 1) === c ? 0 : 1));
          row[j] = v;
          if (v < rowMin) rowMin = v;
        }
        if (rowMin > max) {
          dead = depth + 1;
          break;
        }
      }
      prevTerm = t;
      if (dead > 0) {
        // Every term starting with t's first `dead` characters is too far: skip past them.
        rows.length = dead;
        const stem = t.slice(0, dead);
        i = this.lowerBound(stem + '\uffff', i + 1);
        prevTerm = stem;
        continue;
      }
      rows.length = depth + 1;
      if (t.length <= m + max && !seen.has(i)) {
        const d = depth === t.length ? rows[t.length]![m]! : max + 1;
        if (d <= max) visit(i, quality(w, t.length, d));
      }
      i++;
    }
  }
}

/** What a query found: ids best first. */
export interface SearchHit {
  id: string;
  score: number;
  added: number;
}

const SCORE_SCALE = 4096;
const scoreKey = (score: number) => Math.round(score * SCORE_SCALE);

/**
 * The index the side panel queries: a packed base, minus the papers masked out of it (changed or deleted since it was
 * packed), plus an overlay of papers indexed since (packed again, small, whenever it changed).
 */
export class SearchIndex {
  private readonly base: Segment;
  private readonly masked: Uint8Array;
  private readonly ordinalOf = new Map<string, number>();
  private readonly overlayPapers = new Map<string, Paper>();
  private overlay: Segment | undefined;
  private best: Float64Array;
  private total: Float64Array;

  constructor(packed: PackedIndex) {
    this.base = new Segment(packed);
    this.masked = new Uint8Array(this.base.size);
    this.best = new Float64Array(this.base.size);
    this.total = new Float64Array(this.base.size);
  }

  /** Open a stored index; the papers of chunks written since it was packed replace its own for those chunks. */
  static restore(packed: PackedIndex, staleChunks: Iterable<number> = [], stalePapers: readonly Paper[] = []): SearchIndex {
    const index = new SearchIndex(packed);
    index.replaceChunks(staleChunks, stalePapers);
    return index;
  }

  /** The papers of these chunks are `papers` now: the base's own for them are masked out and these indexed instead. */
  replaceChunks(chunkNos: Iterable<number>, papers: readonly Paper[]): void {
    const stale = new Set(chunkNos);
    if (stale.size) {
      const chunks = this.base.packed.chunks;
      for (let o = 0; o < chunks.length; o++) if (stale.has(chunks[o]!)) this.masked[o] = 1;
    }
    this.upsert(papers);
  }

  /** Ids of the papers indexed since the base was packed. */
  overlayIds(): string[] {
    return [...this.overlayPapers.keys()];
  }

  static build(papers: readonly Paper[], writes = 0): SearchIndex {
    return new SearchIndex(
      packIndex(
        papers.map((paper) => ({ paper, chunk: 0 })),
        writes,
      ),
    );
  }

  get writes(): number {
    return this.base.packed.writes;
  }

  /** Papers indexed since the base was packed (a large overlay means the base is worth packing again). */
  get overlaySize(): number {
    return this.overlayPapers.size;
  }

  /**
   * Where a paper this index answers for is stored: its chunk when the packed base holds it (a chunk written since is
   * masked, so the chunk is still the paper's), or the paper itself when it was indexed since.
   */
  locate(id: string): { chunk: number } | { paper: Paper } | undefined {
    const paper = this.overlayPapers.get(id);
    if (paper) return { paper };
    const o = this.ordinal(id);
    return o === undefined || this.masked[o] ? undefined : { chunk: this.base.packed.chunks[o]! };
  }

  private ordinal(id: string): number | undefined {
    if (!this.ordinalOf.size && this.base.size) this.base.ids.forEach((x, o) => this.ordinalOf.set(x, o));
    return this.ordinalOf.get(id);
  }

  /** Index these papers as they are now. */
  upsert(papers: readonly Paper[]): void {
    for (const p of papers) {
      const o = this.ordinal(p.id);
      if (o !== undefined) this.masked[o] = 1;
      this.overlayPapers.set(p.id, p);
    }
    if (papers.length) this.overlay = undefined;
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      const o = this.ordinal(id);
      if (o !== undefined) this.masked[o] = 1;
      if (this.overlayPapers.delete(id)) this.overlay = undefined;
    }
  }

  /** Papers matching every word (AND), best first: title matches before others, then by how whole the match is, then newest. */
  search(words: readonly QueryWord[]): SearchHit[] {
    if (!words.length) return [];
    const baseHits = this.searchSegment(this.base, words, this.masked, this.best, this.total);
    if (this.overlayPapers.size) {
      this.overlay ??= new Segment(
        packIndex(
          [...this.overlayPapers.values()].map((paper) => ({ paper, chunk: 0 })),
          0,
        ),
      );
      const n = this.overlay.size;
      const more = this.searchSegment(this.overlay, words, undefined, new Float64Array(n), new Float64Array(n));
      if (more.length) return baseHits.concat(more).sort((a, b) => b.score - a.score || b.added - a.added || (a.id < b.id ? -1 : 1));
    }
    return baseHits;
  }

  private searchSegment(
    seg: Segment,
    words: readonly QueryWord[],
    masked: Uint8Array | undefined,
    best: Float64Array,
    total: Float64Array,
  ): SearchHit[] {
    const postings = seg.packed.postings;
    const starts = seg.packed.postingStarts;
    // Rarest word first would narrow sooner; words are few, so the first word seeds the candidates.
    let candidates: number[] | undefined;
    for (const w of words) {
      const touched: number[] = [];
      seg.matchTerms(w, (i, q) => {
        // decodePostings, inlined: this loop is most of a keystroke's time.
        let code = 0;
        for (let j = starts[i]!, end = starts[i + 1]!; j < end;) {
          let b = postings[j++]!;
          let delta = b & 0x7f;
          for (let scale = 0x80; b & 0x80; scale *= 0x80) {
            b = postings[j++]!;
            delta += (b & 0x7f) * scale;
          }
          code += delta;
          const d = code >>> FIELD_BITS;
          if (masked && masked[d]) continue;
          const s = q * BOOST[code & 7]!;
          const was = best[d]!;
          if (was === 0) touched.push(d);
          if (s > was) best[d] = s;
        }
      });
      if (!candidates) {
        candidates = touched;
        for (const d of touched) total[d] = best[d]!;
      } else {
        const kept: number[] = [];
        for (const d of candidates) {
          if (best[d]! > 0) {
            total[d] = total[d]! + best[d]!;
            kept.push(d);
          } else total[d] = 0;
        }
        candidates = kept;
      }
      for (const d of touched) best[d] = 0;
      if (!candidates.length) break;
    }
    const found = candidates ?? [];
    // Sort by (score, ordinal) packed in one double: a typed-array sort, no comparator calls. Ordinals follow addedAt,
    // so among equal scores the newest paper comes first.
    const keys = new Float64Array(found.length);
    for (let k = 0; k < found.length; k++) {
      const d = found[k]!;
      keys[k] = scoreKey(total[d]!) * MAX_DOCS + d;
      total[d] = 0;
    }
    keys.sort();
    const ids = seg.ids;
    const added = seg.packed.added;
    const out: SearchHit[] = new Array(keys.length);
    for (let k = keys.length - 1, n = 0; k >= 0; k--, n++) {
      const s = Math.floor(keys[k]! / MAX_DOCS);
      const d = keys[k]! - s * MAX_DOCS;
      out[n] = { id: ids[d]!, score: s / SCORE_SCALE, added: added[d]! };
    }
    return out;
  }
}
