/// <reference lib="webworker" />
/** The side panel's heavy work off its main thread: import and file sync (parse, merge, write), export, packing the search index. */
import { ImportSession, type FileDecoder } from '../../library/import-session';
import { bytesForParsing, textForParsing, type BytesForParsing } from '../../formats/decode';
import { exportPaperIds } from '../../library/export';
import { CHANNEL, deviceId, getPapersByIds, openLibrary, type LibraryDb } from '../../library/store';
import { storeSyncLibrary } from '../../library/file-sync';
import { packStoredLibrary } from '../../library/stored-index';
import { newSyncMemory, syncFolder, type FolderSyncReport, type SyncFolder, type SyncMemory } from '../../library/folder-sync';
import { chosenFilesFolder, fsaFolder } from '../../library/fsa-folder';
import { summarise, summaryIds } from './folder-summary';
import type { FileWorkerReply, FileWorkerRequest } from './file-worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * Files are read and decoded in a worker of this one's (decode.worker.ts), started on first use, while this one
 * reads the library; here if that worker cannot run.
 */
const decodeInWorker: FileDecoder = (() => {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve(d: BytesForParsing): void; reject(e: Error): void }>();
  const start = () => {
    const w = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module', name: 'papershelf-decode' });
    w.onmessage = (event: MessageEvent<{ id: number; decoded?: BytesForParsing; error?: string }>) => {
      const { id, decoded, error } = event.data;
      const pending = waiting.get(id);
      waiting.delete(id);
      if (decoded) pending?.resolve(decoded);
      else pending?.reject(new Error(error));
    };
    w.onerror = (event) => {
      event.preventDefault();
      for (const p of waiting.values()) p.reject(new Error(event.message || 'the decoding worker stopped'));
      waiting.clear();
      worker = undefined;
      w.terminate();
    };
    return w;
  };
  return async (file) => {
    try {
      worker ??= start();
      const id = ++nextId;
      const w = worker;
      return textForParsing(
        await new Promise<BytesForParsing>((resolve, reject) => {
          waiting.set(id, { resolve, reject });
          w.postMessage({ id, file });
        }),
      );
    } catch {
      return textForParsing(bytesForParsing(await file.arrayBuffer()));
    }
  };
})();

let opened: Promise<{ db: LibraryDb; session: ImportSession }> | undefined;
const open = () => (opened ??= openLibrary().then((db) => ({ db, session: new ImportSession(db, decodeInWorker) })));

/** What this worker's earlier syncs of the folder merged (files unchanged since are not read again), per folder and device. */
let folderMemory: { folder: FileSystemDirectoryHandle; device: string; memory: SyncMemory } | undefined;

async function memoryFor(folder: FileSystemDirectoryHandle, device: string): Promise<SyncMemory> {
  const same = folderMemory && folderMemory.device === device && (await folderMemory.folder.isSameEntry(folder).catch(() => false));
  if (!same) folderMemory = { folder, device, memory: newSyncMemory() };
  return folderMemory!.memory;
}

/**
 * Whether the library may have been written since this worker's last folder sync: any change broadcast but settings
 * and sync merges (a sync writes this device's file itself) sets it. Lets a timer's sync skip rebuilding the file.
 */
let libraryWritten = true;
const changes = new BroadcastChannel(CHANNEL);
changes.onmessage = (event: MessageEvent<{ type?: string; reason?: string }>) => {
  if (event.data?.type === 'changed' && event.data.reason !== 'meta' && event.data.reason !== 'sync') libraryWritten = true;
};

async function runFolderSync(db: LibraryDb, folder: SyncFolder, device: string, memory?: SyncMemory) {
  const libraryUnchanged = !!memory && !libraryWritten;
  if (memory) libraryWritten = false;
  const options = { device, deviceId: await deviceId(db), memory, libraryUnchanged };
  const report: FolderSyncReport = await syncFolder(folder, storeSyncLibrary(db), options);
  if (!report.ok && memory) libraryWritten = true;
  const { found } = await getPapersByIds(db, summaryIds(report));
  const titles = new Map(found.map((p) => [p.id, p.title]));
  return summarise(report, (id) => titles.get(id));
}

async function run(request: FileWorkerRequest): Promise<unknown> {
  const { db, session: s } = await open();
  switch (request.op) {
    case 'preview':
      return s.preview(request.file, request.filename);
    case 'apply':
      return s.apply(request.filename);
    case 'undoImport':
      return s.undoImport();
    case 'cancel':
      s.cancel();
      return null;
    case 'sync':
      return s.sync(await request.file.arrayBuffer(), request.filename);
    case 'export':
      return exportPaperIds(db, request.format, request.ids);
    case 'folderSync':
      return runFolderSync(db, fsaFolder(request.folder), request.device, await memoryFor(request.folder, request.device));
    case 'packSearchIndex': {
      const packed = await packStoredLibrary(db, request.always);
      return request.always ? (packed ?? null) : null;
    }
    case 'folderSyncFiles': {
      const folder = chosenFilesFolder(request.files, `${request.files.length} chosen files`);
      const summary = await runFolderSync(db, folder, request.device);
      return { summary, ...(folder.output ? { output: folder.output } : {}) };
    }
  }
}

scope.onmessage = async (event: MessageEvent<{ id: number; request: FileWorkerRequest }>) => {
  const { id, request } = event.data;
  let reply: FileWorkerReply;
  try {
    reply = { id, ok: true, value: await run(request) };
  } catch (e) {
    reply = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(reply);
};
