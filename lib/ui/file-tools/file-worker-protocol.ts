/** Messages between the side panel and its worker (import, file sync, export); both sides are our own code. */
import type { ExportFormat, ExportedFile } from '../../library/export';
import type { PreviewOutcome, ReportExcerpt } from '../../library/import-session';
import type { SyncOutcome } from '../../library/file-sync';
import type { UndoOutcome } from '../../model';
import type { PackedIndex } from '../../library/search-index';
import type { FolderSyncSummary } from './folder-summary';

export type FileWorkerRequest =
  | { op: 'preview'; file: Blob; filename: string }
  | { op: 'apply'; filename: string }
  | { op: 'undoImport' }
  | { op: 'cancel' }
  | { op: 'sync'; file: Blob; filename: string }
  | { op: 'export'; format: ExportFormat; ids: string[] }
  | { op: 'folderSync'; folder: FileSystemDirectoryHandle; device: string }
  | { op: 'folderSyncFiles'; files: File[]; device: string }
  /** Pack the library's search index and keep it; `always`: even when the kept one is current, and send it back. */
  | { op: 'packSearchIndex'; always: boolean };

export interface FileWorkerResults {
  preview: PreviewOutcome;
  apply: ReportExcerpt;
  undoImport: UndoOutcome;
  cancel: null;
  sync: SyncOutcome;
  export: ExportedFile;
  folderSync: FolderSyncSummary;
  /** `output`: this device's file to download into the folder (when it changed). */
  folderSyncFiles: { summary: FolderSyncSummary; output?: { name: string; text: string } };
  packSearchIndex: PackedIndex | null;
}

export type FileWorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
