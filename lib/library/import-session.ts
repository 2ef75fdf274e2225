/**
 * Import in two steps, held where the work runs (the side panel's file worker, lib/ui/file-tools/): `preview` parses the file and merges
 * it with the library in memory; `apply` merges the same parsed papers in one write transaction. What goes back to
 * the page is small: the report and the titles it names, never the parsed papers.
 */
import { parseImport, type ImportFormat } from '../formats/import';
import { decodeImportBytes } from '../formats/decode';
import { previewImport, type Library, type MergeReport } from './merge';
import type { UndoOutcome, UndoRecord } from '../model';
import { applyImport, syncWithText, type SyncOutcome } from './file-sync';
import { getLibrary, undoChanges, type LibraryDb } from './store';

export interface ImportSummary {
  filename: string;
  format: ImportFormat;
  papersInFile: number;
  report: MergeReport;
  /** Titles of the papers the report names (ids as keys). */
  titles: [string, string][];
  warnings: string[];
}

export type PreviewOutcome = { ok: true; preview: ImportSummary } | { ok: false; error: string };

/** The ids a report lists, for the titles the preview shows. */
function reportIds(r: MergeReport): Set<string> {
  return new Set([...r.added, ...Object.keys(r.updated), ...r.conflicts.map((c) => c.paperId), ...r.deleted, ...r.keptDespiteDeletion]);
}

export class ImportSession {
  private pending: { filename: string; incoming: Library } | null = null;
  /** What the last applied import changed: kept here, beside the work, so a 20k-paper record never crosses to the page. */
  private lastImport: UndoRecord | null = null;

  constructor(private readonly db: LibraryDb) {}

  /** `file`: the file's bytes (decoded here, with a warning for anything guessed) or its text. */
  async preview(file: string | ArrayBuffer | Uint8Array, filename: string): Promise<PreviewOutcome> {
    this.pending = null;
    const decoded = typeof file === 'string' ? { ok: true as const, text: file, warnings: [] } : decodeImportBytes(file);
    if (!decoded.ok) return { ok: false, error: decoded.error };
    const parsed = parseImport(decoded.text, filename);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const incoming = { papers: parsed.papers, tombstones: parsed.tombstones };
    const local = await getLibrary(this.db);
    const result = previewImport(local, incoming);
    const wanted = reportIds(result.report);
    const titles: [string, string][] = [];
    for (const p of [...local.papers, ...result.papers]) if (wanted.has(p.id)) titles.push([p.id, p.title]);
    this.pending = { filename, incoming };
    return {
      ok: true,
      preview: {
        filename,
        format: parsed.format,
        papersInFile: parsed.papers.length,
        report: result.report,
        titles,
        warnings: [...decoded.warnings, ...parsed.warnings],
      },
    };
  }

  /** Merge the previewed file into the library as it is now (one transaction). */
  async apply(filename: string): Promise<MergeReport> {
    if (!this.pending || this.pending.filename !== filename) throw new Error(`${filename} is no longer previewed; choose it again`);
    const { incoming } = this.pending;
    const { report, undo } = await applyImport(this.db, incoming);
    this.pending = null;
    this.lastImport = undo;
    return report;
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
