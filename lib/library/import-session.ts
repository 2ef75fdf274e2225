/**
 * Import in two steps, held where the work runs (the side panel's file worker, lib/ui/file-tools/): `preview` parses the file and merges
 * it with the library in memory; `apply` merges the same parsed papers in one write transaction. What goes back to
 * the page is small: the report's counts and the first entries of each of its lists (what the preview shows) with their
 * titles, never the parsed papers nor the whole report (at 100k papers it names ~75,000 and holds ~45,000 differing
 * values: deserialising and mapping it was a multi-second task on the page).
 */
import { parseImport, type ImportFormat } from '../formats/import';
import { decodeForParsing, decodeImportBytes, type DecodedFile } from '../formats/decode';
import { mergeHasWork, mergeUnordered, type Library, type MergeReport } from './merge';
import type { UndoOutcome, UndoRecord } from '../model';
import { applyImport, syncWithText, type SyncOutcome } from './file-sync';
import { getLibrary, undoChanges, type LibraryDb } from './store';

/** Entries of each list of a report that reach the page (the preview lists this many; counts give the rest). */
const REPORT_LIST_LIMIT = 30;

type ReportLists = Pick<MergeReport, 'added' | 'updated' | 'conflicts' | 'deleted' | 'keptDespiteDeletion'>;

/** A merge report as the page sees it: every count, and each list cut to its first REPORT_LIST_LIMIT entries. */
export interface ReportExcerpt extends ReportLists, Pick<MergeReport, 'unchanged' | 'tombstonesChanged'> {
  counts: Record<keyof ReportLists, number>;
  /** mergeHasWork of the whole report. */
  hasWork: boolean;
}

function reportExcerpt(r: MergeReport): ReportExcerpt {
  const cut = <T>(xs: T[]) => xs.slice(0, REPORT_LIST_LIMIT);
  const updated = Object.entries(r.updated);
  return {
    added: cut(r.added),
    updated: Object.fromEntries(cut(updated)),
    conflicts: cut(r.conflicts),
    deleted: cut(r.deleted),
    keptDespiteDeletion: cut(r.keptDespiteDeletion),
    unchanged: r.unchanged,
    tombstonesChanged: r.tombstonesChanged,
    counts: {
      added: r.added.length,
      updated: updated.length,
      conflicts: r.conflicts.length,
      deleted: r.deleted.length,
      keptDespiteDeletion: r.keptDespiteDeletion.length,
    },
    hasWork: mergeHasWork(r),
  };
}

export interface ImportSummary {
  filename: string;
  format: ImportFormat;
  papersInFile: number;
  report: ReportExcerpt;
  /** Titles of the papers the report names (ids as keys). */
  titles: [string, string][];
  warnings: string[];
}

export type PreviewOutcome = { ok: true; preview: ImportSummary } | { ok: false; error: string };

/** The ids a report lists, for the titles the preview shows. */
function reportIds(r: ReportLists): Set<string> {
  return new Set([...r.added, ...Object.keys(r.updated), ...r.conflicts.map((c) => c.paperId), ...r.deleted, ...r.keptDespiteDeletion]);
}

/** A chosen file's bytes as text for parsing (decodeForParsing). */
export type FileDecoder = (file: Blob) => Promise<ReturnType<typeof decodeForParsing>>;

const decodeHere: FileDecoder = async (file) => decodeForParsing(await file.arrayBuffer());

/** The file's own text (decodeImportBytes), where an error's positions are (not those of decodeForParsing's escaped text). */
async function ownText(file: ArrayBuffer | Uint8Array | Blob): Promise<string> {
  const decoded = decodeImportBytes(file instanceof Blob ? await file.arrayBuffer() : file);
  return decoded.ok ? decoded.text : '';
}

export class ImportSession {
  private pending: { filename: string; incoming: Library } | null = null;
  /** What the last applied import changed: kept here, beside the work, so a 20k-paper record never crosses to the page. */
  private lastImport: UndoRecord | null = null;

  /** `decode`: how a chosen file is read and decoded (the file worker does it in a worker of its own). */
  constructor(
    private readonly db: LibraryDb,
    private readonly decode: FileDecoder = decodeHere,
  ) {}

  /** `file`: the chosen file or its bytes (decoded, with a warning for anything guessed), or its text. */
  async preview(file: string | ArrayBuffer | Uint8Array | Blob, filename: string): Promise<PreviewOutcome> {
    this.pending = null;
    // The library is read while the file is read, decoded and parsed (issue 19): started first, so its reads are
    // under way before the first long task here.
    const localRead = getLibrary(this.db);
    localRead.catch(() => {});
    const decoded: DecodedFile & { escaped?: true } =
      typeof file === 'string'
        ? { ok: true as const, text: file, warnings: [] }
        : file instanceof Blob
          ? await this.decode(file)
          : decodeForParsing(file);
    if (!decoded.ok) return { ok: false, error: decoded.error };
    let parsed = parseImport(decoded.text, filename);
    if (!parsed.ok && decoded.escaped && typeof file !== 'string') parsed = parseImport(await ownText(file), filename);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const incoming = { papers: parsed.papers, tombstones: parsed.tombstones };
    const local = await localRead;
    const result = mergeUnordered(local, incoming);
    const report = reportExcerpt(result.report);
    const wanted = reportIds(report);
    const titles: [string, string][] = [];
    for (const p of [...local.papers, ...result.papers]) if (wanted.has(p.id)) titles.push([p.id, p.title]);
    this.pending = { filename, incoming };
    return {
      ok: true,
      preview: {
        filename,
        format: parsed.format,
        papersInFile: parsed.papers.length,
        report,
        titles,
        warnings: [...decoded.warnings, ...parsed.warnings],
      },
    };
  }

  /** Merge the previewed file into the library as it is now (one transaction). */
  async apply(filename: string): Promise<ReportExcerpt> {
    if (!this.pending || this.pending.filename !== filename) throw new Error(`${filename} is no longer previewed; choose it again`);
    const { incoming } = this.pending;
    const { report, undo } = await applyImport(this.db, incoming);
    this.pending = null;
    this.lastImport = undo;
    return reportExcerpt(report);
  }

  /** Undo the last applied import by the undo rule (store.ts undoChanges); once only. */
  async undoImport(): Promise<UndoOutcome> {
    const record = this.lastImport;
    if (!record) throw new Error('There is no import to undo.');
    this.lastImport = null;
    return undoChanges(this.db, record);
  }

  cancel(): void {
    this.pending = null;
  }

  /** A sync file is always written as UTF-8: one that is not is refused rather than merged with guessed text. */
  async sync(file: string | ArrayBuffer | Uint8Array | null, filename: string): Promise<SyncOutcome> {
    if (file === null || typeof file === 'string') return syncWithText(this.db, file, filename);
    const decoded = decodeImportBytes(file);
    if (!decoded.ok) return { ok: false, error: `${filename}: ${decoded.error}. The library and the file are unchanged.` };
    if (decoded.warnings.length)
      return {
        ok: false,
        error: `${filename}: ${decoded.warnings[0]}; a sync file is always UTF-8, so it was not merged (Import shows what it holds). The library and the file are unchanged.`,
      };
    return syncWithText(this.db, decoded.text, filename);
  }
}
