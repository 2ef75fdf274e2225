/**
 * Keeps a LibraryModel equal to the IndexedDB library: a fast first screen (most recent papers) and the stored
 * search index (with the chunks written since it was packed), then everything; afterwards every change broadcast on
 * CHANNEL (a capture in another tab, an edit here, an undo, an import) is applied incrementally. Broadcasts that name
 * ids re-read just those records; broadcasts without ids re-read everything and touch only what differs. The stored
 * index is packed again (in the panel's worker) when there was none, and a while after changes.
 */
import type { Paper } from '../../model';
import {
  CHANNEL,
  getAllPapers,
  getAllPapersAsOf,
  getChunkPapers,
  getDirectorySummary,
  getPapersByIds,
  getRecentPapers,
  countPapers,
  readSearchIndex,
  readSearchIndexFrom,
  type LibraryDb,
} from '../../library/reads';
import { LibraryModel } from '../../library/query';
import { chunksWrittenSince } from '../../library/directory';
import type { PackedIndex } from '../../library/search-index';
import type { IndexReadAhead } from '../../library/preopen';
import { MAX_STALE_CHUNKS } from './early-search';

/**
 * Packs the library's search index and keeps it (`always`: even if the kept one is current); returns it. The side
 * panel's worker does it there; by default (tests) it runs here.
 */
export type PackIndex = (db: LibraryDb, always: boolean) => Promise<PackedIndex | undefined>;

/** Packs in this page (tests); loaded on use: packing goes through the writer, which is not on the panel's first path. */
const packInPage: PackIndex = async (db, always) => (await import('../../library/stored-index')).packStoredLibrary(db, always);

/** Papers re-indexed outside the packed base above which the panel swaps its index for a freshly packed one. */
const SWAP_OVERLAY_ABOVE = 2000;
/** Quiet time after the last change before the stored index is packed again. */
const REPACK_AFTER_MS = 5000;

export interface ChangeMessage {
  type: 'changed';
  reason?: string;
  ids?: string[];
}

function isChangeMessage(data: unknown): data is ChangeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return m.type === 'changed' && (m.ids === undefined || (Array.isArray(m.ids) && m.ids.every((id) => typeof id === 'string')));
}

export class LibraryMirror {
  readonly model = new LibraryModel();
  loaded = false;
  private pendingIds = new Set<string>();
  private pendingFull = false;
  private running: Promise<void> | null = null;
  private channel: BroadcastChannel | null = null;

  /** Papers read by id for the rows shown before everything is loaded (search results from the stored index). */
  readonly rows = new Map<string, Paper>();
  /** The directory's write count the index opened early is as of (`openIndex`): `load` catches up from there. */
  private indexAsOf: number | undefined;
  /**
   * The stored index opened early, while the library is still being read (`openIndex` until `load` takes over): the
   * changes broadcast meanwhile are applied to the search by opening it again over the chunks written since it was
   * packed (`refreshEarly`).
   */
  private early: PackedIndex | undefined;
  /** Changes received, and how many of them the early index had seen when it was last opened. */
  private received = 0;
  private earlySeen = 0;
  private refreshedEarly = false;
  /** Stops following the pre-open script's broadcasts (`openIndex`): once everything is loaded. */
  private unfollow: (() => void) | undefined;
  private repackTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly db: LibraryDb,
    /** Called after every change to the model (and when indexing finishes). */
    private readonly onChange: () => void,
    private readonly onError: (e: unknown) => void = (e) => console.error(e),
    private readonly pack: PackIndex = packInPage,
  ) {}

  /**
   * Search before everything is read: the stored index, with the papers of the chunks written since it was packed
   * indexed again. Listens first, so a write committed after this read is applied once everything is loaded.
   * False when there is no usable index (then `index` packs one after the load). `readAhead`: the stored index and
   * the directory's summary as the pre-open script read them (raw, preopen.ts).
   */
  async openIndex(readAhead?: Promise<IndexReadAhead | undefined>): Promise<boolean> {
    this.listen();
    // Read ahead, maybe before this listened: the pre-open script listened from before its read until now, so what it
    // heard (writes committed after its read, broadcast before this listened) is applied like what this hears. When
    // the read ahead could not open the library (an upgrade was due), the index is read here, after listening.
    const ahead = await readAhead;
    this.unfollow = ahead?.follow((message) => isChangeMessage(message) && this.enqueue(message));
    // Opened already when the pre-open script answered the search box with it.
    const opened = ahead?.opened;
    const stored = opened ?? (ahead ? await readSearchIndexFrom(ahead) : await readSearchIndex(this.db));
    performance.mark('papershelf:index-read');
    if (!stored || stored.staleChunks.length > MAX_STALE_CHUNKS) return false;
    const papers = opened ? opened.stalePapers : stored.staleChunks.length ? await getChunkPapers(this.db, stored.staleChunks) : [];
    this.model.attachIndex(stored.index, stored.staleChunks, papers);
    this.indexAsOf = stored.asOf;
    this.early = stored.index;
    this.onChange();
    // Changes heard since the read are applied before search is declared usable.
    if (this.received > this.earlySeen) {
      this.kick();
      await this.settled();
    }
    return true;
  }

  /**
   * While the library is still being read, a change broadcast since the early index was opened is applied to it: the
   * stored index is opened again over the chunks written since it was packed, as the directory says now, and the rows
   * read for early results are read again. (Reading everything, `load`, then catches up from this point.)
   */
  private async refreshEarly(packed: PackedIndex): Promise<void> {
    this.earlySeen = this.received;
    const summary = await getDirectorySummary(this.db);
    const stale = chunksWrittenSince(summary, packed.writes);
    const [papers, rows] = await Promise.all([
      stale ? getChunkPapers(this.db, stale) : [],
      this.rows.size ? getPapersByIds(this.db, [...this.rows.keys()]) : { found: [] },
    ]);
    if (this.early !== packed) return; // `load` took over meanwhile
    if (stale) {
      this.model.attachIndex(packed, stale, papers);
      this.indexAsOf = summary.writes ?? 0;
      this.refreshedEarly = true;
    }
    this.rows.clear();
    for (const p of rows.found) this.rows.set(p.id, p);
    this.onChange();
  }

  /** Read these papers (rows about to be shown before everything is loaded). */
  async readRows(ids: string[]): Promise<void> {
    const wanted = ids.filter((id) => !this.rows.has(id) && !this.model.papers.has(id));
    if (!wanted.length) return;
    const { found } = await getPapersByIds(this.db, wanted);
    for (const p of found) this.rows.set(p.id, p);
    this.onChange();
  }

  /** The newest papers for the first screen while everything loads; `more` when the library holds more than `limit`. */
  async preview(limit: number): Promise<{ recent: Paper[]; more: boolean }> {
    const rows = await getRecentPapers(this.db, limit + 1);
    return { recent: rows.slice(0, limit), more: rows.length > limit };
  }

  /** The library's size (one small read of the directory). */
  total(): Promise<number> {
    return countPapers(this.db);
  }

  /** Subscribe first, then read everything: a change committed during the read is re-applied after it. */
  async load(): Promise<void> {
    this.listen();
    const { papers: all, summary } = await getAllPapersAsOf(this.db);
    performance.mark('papershelf:read-all');
    // The early index is no longer refreshed: the changes received from here on are applied once everything is loaded.
    this.early = undefined;
    this.unfollow?.();
    await this.settled();
    this.model.load(all);
    this.rows.clear();
    if (this.indexAsOf !== undefined && this.model.isIndexed) {
      // Chunks written between the early index's directory read and this one. An index refreshed early may be as of a
      // later read than this one: the changes since this read are still queued, and are applied once loaded.
      const missed = chunksWrittenSince(summary, this.indexAsOf) ?? (this.refreshedEarly ? [] : undefined);
      this.indexAsOf = undefined;
      if (!missed) void this.swapIndex().catch(this.onError);
      else if (missed.length) this.model.refreshIndexChunks(missed, await getChunkPapers(this.db, missed));
    }
    performance.mark('papershelf:model-built');
    this.loaded = true;
    this.onChange();
    this.kick();
  }

  /**
   * Make sure the model has a search index: when `openIndex` found none, pack one (in the worker), keep it, and
   * attach it with the chunks written since it was read.
   */
  async index(): Promise<void> {
    if (this.model.isIndexed) return;
    await this.swapIndex();
  }

  /** Pack the index (kept with the library) and use it, with what was written since it was read. */
  private async swapIndex(): Promise<void> {
    this.model.beginIndexSwap();
    const packed = await this.pack(this.db, true);
    if (!packed) return;
    const stale = chunksWrittenSince(await getDirectorySummary(this.db), packed.writes) ?? [];
    this.model.attachIndex(packed, stale, await getChunkPapers(this.db, stale));
    this.onChange();
  }

  /**
   * Once changes stop for a while, pack the stored index again (the next open then has less to re-index); when many
   * papers changed since the panel's own index was packed (an import), use the new one here too.
   */
  private scheduleRepack(): void {
    clearTimeout(this.repackTimer);
    this.repackTimer = setTimeout(() => {
      this.repackTimer = undefined;
      const work = this.model.indexOverlay > SWAP_OVERLAY_ABOVE ? this.swapIndex() : this.pack(this.db, false);
      work.catch(this.onError);
    }, REPACK_AFTER_MS);
  }

  listen(): void {
    if (this.channel || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = (ev: MessageEvent) => {
      if (isChangeMessage(ev.data)) this.enqueue(ev.data);
    };
  }

  close(): void {
    clearTimeout(this.repackTimer);
    this.unfollow?.();
    this.channel?.close();
    this.channel = null;
  }

  enqueue(msg: ChangeMessage): void {
    this.received++;
    if (msg.ids) msg.ids.forEach((id) => this.pendingIds.add(id));
    else this.pendingFull = true;
    if (msg.ids?.length !== 0) this.scheduleRepack();
    this.kick();
  }

  /** Resolves when every change received so far has been applied. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private kick(): void {
    if (this.running) return;
    const early = this.early;
    if (!this.loaded && early && this.received > this.earlySeen) {
      this.running = this.refreshEarly(early)
        .catch(this.onError)
        .finally(() => {
          this.running = null;
          this.kick();
        });
      return;
    }
    if (!this.loaded) return;
    if (!this.pendingFull && this.pendingIds.size === 0) return;
    this.running = this.drain().finally(() => {
      this.running = null;
      this.kick();
    });
  }

  private async drain(): Promise<void> {
    try {
      if (this.pendingFull) {
        this.pendingFull = false;
        this.pendingIds.clear();
        const all = await getAllPapers(this.db);
        if (this.model.replaceAll(all)) this.onChange();
        return;
      }
      const ids = [...this.pendingIds];
      this.pendingIds.clear();
      const { found, missing } = await getPapersByIds(this.db, ids);
      this.model.remove(missing);
      this.model.upsert(found);
      this.onChange();
    } catch (e) {
      this.onError(e);
    }
  }
}
