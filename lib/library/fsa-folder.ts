/**
 * The sync folder through the File System Access API: a directory the user picked (showDirectoryPicker, Chrome) or
 * the origin-private file system (navigator.storage.getDirectory(), the same API, used by the real-browser tests).
 * Runs wherever the handle is: the side panel's worker in the extension.
 */
import { FolderError, type FolderEntry, type SyncFolder } from './folder-sync';

type Listable = { values(): AsyncIterable<FileSystemHandle> };

function folderError(dir: FileSystemDirectoryHandle, e: unknown, doing: string): unknown {
  const name = (e as DOMException)?.name;
  const folder = `“${dir.name || 'the sync folder'}”`;
  if (name === 'NotFoundError')
    return new FolderError(
      `The folder ${folder} is gone (moved, renamed or deleted) while ${doing}`,
      'Choose the folder again (Sync folder → Change folder…). Nothing was changed.',
    );
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return new FolderError(
      `Papershelf no longer has permission to use the folder ${folder}`,
      `Click “Allow access” to let it use ${folder} again.`,
    );
  if (name === 'NoModificationAllowedError' || name === 'InvalidStateError')
    return new FolderError(`A file in ${folder} is locked or changed while ${doing}`, 'Sync again in a moment.');
  if (name === 'QuotaExceededError')
    return new FolderError(`The disk of ${folder} is full while ${doing}`, 'Free some space, then sync again.');
  return e;
}

export function fsaFolder(dir: FileSystemDirectoryHandle): SyncFolder {
  const entry = (name: string, file: File): FolderEntry => ({ name, size: file.size, lastModified: file.lastModified });
  return {
    label: dir.name,
    async list() {
      try {
        const out: FolderEntry[] = [];
        for await (const handle of (dir as unknown as Listable).values()) {
          if (handle.kind === 'file') out.push(entry(handle.name, await (handle as FileSystemFileHandle).getFile()));
        }
        return out;
      } catch (e) {
        throw folderError(dir, e, 'listing it');
      }
    },
    async read(name) {
      try {
        return new Uint8Array(await (await (await dir.getFileHandle(name)).getFile()).arrayBuffer());
      } catch (e) {
        throw folderError(dir, e, `reading ${name}`);
      }
    },
    async write(name, data) {
      try {
        const handle = await dir.getFileHandle(name, { create: true });
        // Written to a swap file and moved over the file on close: readers see the old file or the new one, never half.
        const writable = await handle.createWritable();
        try {
          await writable.write(data as FileSystemWriteChunkType);
          await writable.close();
        } catch (e) {
          await writable.abort().catch(() => {});
          throw e;
        }
        return entry(name, await handle.getFile());
      } catch (e) {
        throw folderError(dir, e, `writing ${name}`);
      }
    },
  };
}

/**
 * Files the user chose from the folder (Firefox, which has no directory handles): read as the folder; this device's
 * file is not written in place but kept in `output` for the caller to download into the folder.
 */
export function chosenFilesFolder(files: File[], label: string): SyncFolder & { output?: { name: string; text: string } } {
  const byName = new Map(files.map((f) => [f.name, f]));
  const folder: SyncFolder & { output?: { name: string; text: string } } = {
    label,
    list: async () => files.map((f) => ({ name: f.name, size: f.size, lastModified: f.lastModified })),
    async read(name) {
      const file = byName.get(name);
      if (!file) throw new Error(`${name} was not chosen`);
      return new Uint8Array(await file.arrayBuffer());
    },
    async write(name, data) {
      const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
      if (name.endsWith('.json')) folder.output = { name, text };
      return { name, size: text.length, lastModified: Date.now() };
    },
  };
  return folder;
}
