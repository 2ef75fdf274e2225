/// <reference lib="webworker" />
/**
 * The file worker's helper (file.worker.ts): reads a chosen file and decodes it for parsing (bytesForParsing: a JSON
 * file as escaped ASCII bytes, handed over without a copy). Reading and decoding a 20 MB file takes about as long as
 * its JSON.parse; here it runs while the file worker reads the library.
 */
import { bytesForParsing } from '../../formats/decode';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ id: number; file: Blob }>) => {
  const { id, file } = event.data;
  try {
    const decoded = bytesForParsing(await file.arrayBuffer());
    scope.postMessage({ id, decoded }, 'ascii' in decoded ? [decoded.ascii.buffer] : []);
  } catch (e) {
    scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
