/// <reference lib="webworker" />
/** The side panel's heavy work off its main thread: import and file sync (parse, merge, write) and export. */
import { ImportSession } from '../../library/import-session';
import { exportPaperIds } from '../../library/export';
import { openLibrary, type LibraryDb } from '../../library/store';
import type { FileWorkerReply, FileWorkerRequest } from './file-worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let opened: Promise<{ db: LibraryDb; session: ImportSession }> | undefined;
const open = () => (opened ??= openLibrary().then((db) => ({ db, session: new ImportSession(db) })));

async function run(request: FileWorkerRequest): Promise<unknown> {
  const { db, session: s } = await open();
  switch (request.op) {
    case 'preview':
      return s.preview(await request.file.arrayBuffer(), request.filename);
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
