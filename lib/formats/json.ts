/** The sync file: every field the library holds, in a versioned envelope (DESIGN.md). */
import { SCHEMA_VERSION, SYNC_FORMAT, type Paper, type SyncFile, type Tombstone } from '../model';
import { inSchemaOrder } from './fast-paper';

const hasOrganisation = (p: Paper) => p.authors.some((a) => typeof a !== 'string');

/** The lowest schema version that can read these records: 2 holds organisation authors, 1 does not know them. */
function schemaVersionFor(papers: readonly Paper[], tombstones: readonly Tombstone[]): SyncFile['schemaVersion'] {
  return papers.some(hasOrganisation) || tombstones.some((t) => t.paper && hasOrganisation(t.paper)) ? SCHEMA_VERSION : 1;
}

/** Papers with their keys in schema order (inSchemaOrder): what the importing device reads fastest. */
export function toSyncFile(papers: Paper[], tombstones: Tombstone[], deviceId: string, now: number): SyncFile {
  return {
    format: SYNC_FORMAT,
    schemaVersion: schemaVersionFor(papers, tombstones),
    exportedAt: now,
    deviceId,
    papers: papers.map(inSchemaOrder),
    tombstones,
  };
}

/** Compact JSON (a 20k-paper library is ~20 MB indented, ~12 MB compact), one trailing newline. */
export function serialiseSyncFile(file: SyncFile): string {
  return JSON.stringify(file) + '\n';
}
