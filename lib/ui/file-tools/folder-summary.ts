/**
 * A sync folder report (lib/library/folder-sync.ts) cut to what the side panel shows and keeps (the last one is stored
 * in the library's meta): counts, the first papers of each list with their titles, conflicts with both values.
 */
import type { FileReport, FolderSyncReport } from '../../library/folder-sync';

const LIST = 30;

export interface FolderSyncSummary {
  /** When the sync this report describes ran. */
  at: number;
  /** A later sync that brought nothing new (the report above still describes the last change). */
  checkedAt?: number;
  ok: boolean;
  device: string;
  folder: string;
  ownFile: string;
  devices: string[];
  files: FileReport[];
  counts: { added: number; updated: number; deleted: number; keptDespiteDeletion: number; conflicts: number };
  added: { id: string; title: string }[];
  updated: { id: string; title: string; fields: string[] }[];
  deleted: string[];
  conflicts: { title: string; field: string; kept: unknown; over: unknown; keptFrom: string; overFrom: string; reason: string }[];
  wrote: FolderSyncReport['wrote'];
  keptAside?: string;
  problems: FolderSyncReport['problems'];
  warnings: string[];
}

/** The ids a summary names, for their titles (read by the caller from the library after the sync). */
export function summaryIds(r: FolderSyncReport): string[] {
  if (!r.merge) return [];
  return [
    ...r.merge.added.slice(0, LIST),
    ...Object.keys(r.merge.updated).slice(0, LIST),
    ...r.conflicts.slice(0, LIST).map((c) => c.paperId),
  ];
}

export function summarise(r: FolderSyncReport, titleOf: (id: string) => string | undefined): FolderSyncSummary {
  const m = r.merge;
  const title = (id: string) => titleOf(id) ?? id;
  const here = `this device (${r.device})`;
  const folder = (from: string[]) => (from.length ? from.join(', ') : 'the folder');
  return {
    at: r.at,
    ok: r.ok,
    device: r.device,
    folder: r.folder,
    ownFile: r.ownFile,
    devices: r.devices,
    files: r.files.slice(0, 100),
    counts: {
      added: m?.added.length ?? 0,
      updated: m ? Object.keys(m.updated).length : 0,
      deleted: m?.deleted.length ?? 0,
      keptDespiteDeletion: m?.keptDespiteDeletion.length ?? 0,
      conflicts: r.conflicts.length,
    },
    added: (m?.added ?? []).slice(0, LIST).map((id) => ({ id, title: title(id) })),
    updated: Object.entries(m?.updated ?? {})
      .slice(0, LIST)
      .map(([id, fields]) => ({ id, title: title(id), fields })),
    deleted: (m?.deleted ?? []).slice(0, LIST),
    conflicts: r.conflicts.slice(0, LIST).map((c) => ({
      title: title(c.paperId),
      field: c.field,
      kept: c.winner === 'local' ? c.local : c.incoming,
      over: c.winner === 'local' ? c.incoming : c.local,
      keptFrom: c.winner === 'local' ? here : folder(c.from),
      overFrom: c.winner === 'local' ? folder(c.from) : here,
      reason: c.reason,
    })),
    wrote: r.wrote,
    ...(r.keptAside ? { keptAside: r.keptAside } : {}),
    problems: r.problems,
    warnings: r.warnings,
  };
}

/** Whether a sync brought anything to report: a change, a file read, a difference, a problem. */
function hasNews(r: FolderSyncSummary): boolean {
  const c = r.counts;
  return (
    !r.ok ||
    r.problems.length > 0 ||
    r.warnings.length > 0 ||
    c.added + c.updated + c.deleted + c.keptDespiteDeletion + c.conflicts > 0 ||
    r.files.some((f) => f.status === 'merged' && f.kind !== 'this device')
  );
}

/**
 * The report to keep after a sync: the new one, unless it brought nothing new and the last one did (a timer's sync
 * must not hide what came in a minute ago); then the last one, marked as checked again.
 */
export function nextSummary(previous: FolderSyncSummary | null, next: FolderSyncSummary): FolderSyncSummary {
  if (!previous || !previous.ok || hasNews(next) || previous.device !== next.device) return next;
  return { ...previous, checkedAt: next.at, devices: next.devices, wrote: next.wrote ?? previous.wrote };
}
