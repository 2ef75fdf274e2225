/// <reference lib="webworker" />
/** The side panel's import and sync work (parse, merge, write) off the page's main thread. */
import { ImportSession } from '../../library/import-session';
import { openLibrary } from '../../library/store';
import type { SyncReply, SyncRequest } from './sync-worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let session: Promise<ImportSession> | undefined;
const getSession = () => (session ??= openLibrary().then((db) => new ImportSession(db)));

async function run(request: SyncRequest): Promise<unknown> {
  const s = await getSession();
  switch (request.op) {
    case 'preview':
      return s.preview(await request.file.text(), request.filename);
    case 'apply':
      return s.apply(request.filename);
    case 'cancel':
      s.cancel();
      return null;
    case 'sync':
      return s.sync(await request.file.text(), request.filename);
  }
}

scope.onmessage = async (event: MessageEvent<{ id: number; request: SyncRequest }>) => {
  const { id, request } = event.data;
  let reply: SyncReply;
  try {
    reply = { id, ok: true, value: await run(request) };
  } catch (e) {
    reply = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(reply);
};
