/// <reference lib="webworker" />
/**
 * The file worker's helper (file.worker.ts): reads a chosen file and decodes it for parsing (decodeForParsing: a JSON
 * file as ASCII). Reading and decoding a 20 MB file takes about as long as its JSON.parse; here it runs while the
 * file worker reads the library.
 */
import { decodeForParsing } from '../../formats/decode';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ id: number; file: Blob }>) => {
  const { id, file } = event.data;
  try {
    scope.postMessage({ id, decoded: decodeForParsing(await file.arrayBuffer()) });
  } catch (e) {
    scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
