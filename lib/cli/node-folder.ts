/** The sync folder on a real file system (the CLI): a directory read and written with Node's fs. */
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FolderError, type FolderEntry, type SyncFolder } from '../library/folder-sync';

function folderError(path: string, e: unknown, doing: string): FolderError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return new FolderError(`${path}: no such folder`, 'Check the path (create the folder, or point at the synced folder).');
  if (code === 'ENOTDIR') return new FolderError(`${path}: not a folder`, 'Give the folder that holds the device files, not a file.');
  if (code === 'EACCES' || code === 'EPERM')
    return new FolderError(`${path}: permission denied while ${doing}`, 'Give this user read and write access to the folder.');
  return new FolderError(`${path}: ${doing} failed: ${(e as Error).message}`, 'Check the folder and the disk, then sync again.');
}

export function nodeFolder(dir: string): SyncFolder {
  const path = resolve(dir);
  return {
    label: path,
    async list() {
      let names;
      try {
        names = await readdir(path, { withFileTypes: true });
      } catch (e) {
        throw folderError(path, e, 'listing it');
      }
      const entries: FolderEntry[] = [];
      for (const d of names) {
        if (!d.isFile()) continue;
        const s = await stat(join(path, d.name)).catch(() => null);
        if (s) entries.push({ name: d.name, size: s.size, lastModified: s.mtimeMs });
      }
      return entries;
    },
    async read(name) {
      return new Uint8Array(await readFile(join(path, name)));
    },
    async write(name, data) {
      // A temporary name that is not a device file (no .json ending), renamed over the file: never half a file.
      const target = join(path, name);
      const tmp = `${target}.tmp-${process.pid}`;
      try {
        await writeFile(tmp, data);
        await rename(tmp, target);
      } catch (e) {
        await unlink(tmp).catch(() => {});
        throw folderError(path, e, `writing ${name}`);
      }
      const s = await stat(target);
      return { name, size: s.size, lastModified: s.mtimeMs };
    },
  };
}
