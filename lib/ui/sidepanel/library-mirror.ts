/**
 * Keeps a LibraryModel equal to the IndexedDB library: a fast first screen (most recent papers), then everything,
 * then the search index in idle chunks; afterwards every change broadcast on CHANNEL (a capture in another tab, an
 * edit here, an undo, an import) is applied incrementally. Broadcasts that name ids re-read just those records;
 * broadcasts without ids re-read everything and touch only what differs.
 */
import type { Paper } from '../../model';
import { CHANNEL, getAllPapers, getPapersByIds, getRecentPapers, countPapers, type LibraryDb } from '../../library/store';
import { LibraryModel } from '../../library/query';

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

  constructor(
    readonly db: LibraryDb,
    /** Called after every change to the model (and when indexing finishes). */
    private readonly onChange: () => void,
    private readonly onError: (e: unknown) => void = (e) => console.error(e),
  ) {}

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
    const all = await getAllPapers(this.db);
    performance.mark('papershelf:read-all');
    this.model.replaceAll(all);
    performance.mark('papershelf:model-built');
    this.loaded = true;
    this.onChange();
    this.kick();
  }

  /** Build the search index without blocking input (chunks of 250 papers, yielding between them). */
  async index(): Promise<void> {
    await this.model.buildIndex(250);
    this.onChange();
  }

  listen(): void {
    if (this.channel || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = (ev: MessageEvent) => {
      if (isChangeMessage(ev.data)) this.enqueue(ev.data);
    };
  }

  close(): void {
    this.channel?.close();
    this.channel = null;
  }

  enqueue(msg: ChangeMessage): void {
    if (msg.ids) msg.ids.forEach((id) => this.pendingIds.add(id));
    else this.pendingFull = true;
    this.kick();
  }

  /** Resolves when every change received so far has been applied. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private kick(): void {
    if (!this.loaded || this.running) return;
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
