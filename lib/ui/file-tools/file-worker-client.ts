/** The page's side of the side panel's file worker (import, file sync, export): one request at a time per call, answered by id; started on first use. */
import type { FileWorkerReply, FileWorkerRequest, FileWorkerResults } from './file-worker-protocol';

export interface FileWorker {
  call<R extends FileWorkerRequest>(request: R): Promise<FileWorkerResults[R['op']]>;
}

function createFileWorker(): FileWorker {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const start = () => {
    const w = new Worker(new URL('./file.worker.ts', import.meta.url), { type: 'module', name: 'papershelf-sync' });
    w.onmessage = (event: MessageEvent<FileWorkerReply>) => {
      const reply = event.data;
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(new Error(reply.error));
    };
    w.onerror = (event) => {
      event.preventDefault();
      for (const p of waiting.values()) p.reject(new Error(event.message || 'the import worker stopped'));
      waiting.clear();
      worker = undefined;
      w.terminate();
    };
    return w;
  };
  return {
    call(request) {
      worker ??= start();
      const id = ++nextId;
      const w = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        w.postMessage({ id, request });
      });
    },
  };
}

/** The side panel's one worker, shared by its import/sync tools and its export. */
export const panelWorker = createFileWorker();
