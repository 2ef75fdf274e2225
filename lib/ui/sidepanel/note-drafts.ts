/**
 * Notes on their way into the library, kept in the page's synchronous storage until the library has them. Writing a
 * note to IndexedDB takes several round trips, which a closing side panel never finishes; the draft written first
 * (synchronously) survives, and the next panel to open writes it, unless the note was changed after it was typed.
 */
import type { Paper } from '../../model';
import type { LibraryDb } from '../../library/reads';
import { withNote } from './edits';

const PREFIX = 'papershelf:note-draft:';

interface NoteDraft {
  note: string;
  /** When it was typed: the note's clock once written, so a later change elsewhere wins. */
  t: number;
}

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export class NoteDrafts {
  constructor(private readonly storage: DraftStorage | undefined) {}

  /** Keep the draft before any asynchronous write starts. A full or missing storage only loses the safety net. */
  put(paperId: string, note: string, t: number): void {
    try {
      this.storage?.setItem(PREFIX + paperId, JSON.stringify({ note, t } satisfies NoteDraft));
    } catch {
      /* storage full or unavailable: the write below still runs */
    }
  }

  /** The library has the note typed at `t`: forget the draft, unless a newer one replaced it meanwhile. */
  written(paperId: string, t: number): void {
    const draft = this.read(PREFIX + paperId);
    if (draft && draft.t <= t) this.storage?.removeItem(PREFIX + paperId);
  }

  /** Write every draft a closed panel left behind; a note changed after the draft was typed is kept as it is. */
  async replay(db: LibraryDb): Promise<number> {
    let written = 0;
    const drafts = this.all();
    if (!drafts.length) return 0;
    // The writer (zod and the model's schemas) only when there is something to write.
    const { editPapers } = await import('../../library/store');
    for (const [key, draft] of drafts) {
      const id = key.slice(PREFIX.length);
      const later = (p: Paper) => (p.clock.note ?? 0) >= draft.t;
      const { ids } = await editPapers(db, [id], (p) => (later(p) ? p : withNote(p, draft.note, draft.t)), 'note');
      written += ids.length;
      this.written(id, draft.t);
    }
    return written;
  }

  private all(): [string, NoteDraft][] {
    const out: [string, NoteDraft][] = [];
    if (!this.storage) return out;
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      const draft = key?.startsWith(PREFIX) ? this.read(key) : undefined;
      if (key && draft) out.push([key, draft]);
    }
    return out;
  }

  private read(key: string): NoteDraft | undefined {
    try {
      const v = JSON.parse(this.storage?.getItem(key) ?? 'null') as Partial<NoteDraft> | null;
      return v && typeof v.note === 'string' && typeof v.t === 'number' ? { note: v.note, t: v.t } : undefined;
    } catch {
      return undefined;
    }
  }
}
