/** The sync file: every field the library holds, in a versioned envelope (DESIGN.md). */
import { SCHEMA_VERSION, SYNC_FORMAT, type Paper, type SyncFile, type Tombstone } from '../model';

export function toSyncFile(papers: Paper[], tombstones: Tombstone[], deviceId: string, now: number): SyncFile {
  return { format: SYNC_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: now, deviceId, papers, tombstones };
}

/** Compact JSON (a 20k-paper library is ~20 MB indented, ~12 MB compact), one trailing newline. */
export function serialiseSyncFile(file: SyncFile): string {
  return JSON.stringify(file) + '\n';
}
