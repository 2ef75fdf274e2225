/**
 * CLI: `sync <folder> --device <name> --library <file.json>`: the sync folder (lib/library/folder-sync.ts) with a
 * library kept in a sync file instead of IndexedDB. Merges every device file in the folder into the library file,
 * writes this device's file, prints the report as JSON. Exit code 0: synced; 1: synced, but some file was skipped;
 * 2: nothing done (bad arguments, unreadable library file, folder missing or not writable).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { SyncFile } from '../model';
import { decodeImportBytes, MAX_IMPORT_BYTES, tooLargeMessage } from '../formats/decode';
import { parseImport } from '../formats/import';
import { serialiseSyncFile, toSyncFile } from '../formats/json';
import { mergeLibraries, type Library } from '../library/merge';
import { classifyFile, cleanDeviceName, syncFolder, type FolderSyncReport, type SyncLibrary } from '../library/folder-sync';
import { nodeFolder } from './node-folder';

class SyncCliError extends Error {}

function takeFlag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined) throw new SyncCliError(`${name} needs a value`);
  args.splice(i, 2);
  return v;
}

/** The library file: a sync file (as `convert --to json` and `merge` write), or none yet (an empty library). */
function readLibraryFile(path: string): { library: Library; deviceId: string } {
  if (!existsSync(path)) return { library: { papers: [], tombstones: [] }, deviceId: `cli-${randomUUID()}` };
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_IMPORT_BYTES) throw new SyncCliError(`${path}: ${tooLargeMessage(size)}`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof SyncCliError) throw e;
    throw new SyncCliError(`cannot read ${path}: ${(e as Error).message}`);
  }
  const decoded = decodeImportBytes(bytes);
  if (!decoded.ok) throw new SyncCliError(`${path}: ${decoded.error}`);
  if (!decoded.text.trim()) return { library: { papers: [], tombstones: [] }, deviceId: `cli-${randomUUID()}` };
  const parsed = parseImport(decoded.text, path);
  if (!parsed.ok) throw new SyncCliError(`${path}: ${parsed.error}`);
  if (parsed.format !== 'sync')
    throw new SyncCliError(
      `${path} is ${parsed.format === 'bibtex' ? 'BibTeX' : 'CSL-JSON'}: the library must be a sync file (convert it with \`convert --to json\`)`,
    );
  const id = /"deviceId"\s*:\s*"([^"\\]{1,100})"/.exec(decoded.text.slice(0, 2000))?.[1];
  return { library: { papers: parsed.papers, tombstones: parsed.tombstones }, deviceId: id ?? `cli-${randomUUID()}` };
}

/** The library file as a SyncLibrary: each merge is written back at once, through a temporary file and a rename. */
function fileLibrary(path: string, start: Library, deviceId: string, now: number): SyncLibrary {
  let current = start;
  return {
    read: async () => current,
    async merge(incoming) {
      const result = mergeLibraries(current, incoming);
      const file = SyncFile.safeParse(toSyncFile(result.papers, result.tombstones, deviceId, now));
      if (!file.success) throw new Error(`the merged library did not validate (${file.error.issues[0]?.message}); ${path} was not written`);
      const tmp = `${path}.tmp-${process.pid}`;
      writeFileSync(tmp, serialiseSyncFile(file.data));
      renameSync(tmp, path);
      current = { papers: result.papers, tombstones: result.tombstones };
      return result.report;
    },
  };
}

export async function runSync(argv: string[], now = Date.now()): Promise<{ code: number; report: FolderSyncReport }> {
  const args = [...argv];
  const device = cleanDeviceName(takeFlag(args, '--device') ?? hostname());
  const libraryPath = takeFlag(args, '--library');
  if (!libraryPath) throw new SyncCliError('sync needs --library <file.json> (created when it does not exist)');
  if (args.length !== 1) throw new SyncCliError('sync needs exactly one folder');
  if (!device) throw new SyncCliError('--device needs a name');
  const folderPath = resolve(args[0]!);
  if (resolve(dirname(libraryPath)) === folderPath && classifyFile(basename(libraryPath), ''))
    throw new SyncCliError(`keep the library file outside the sync folder: ${basename(libraryPath)} would be read as a device file`);
  const { library, deviceId } = readLibraryFile(libraryPath);
  const report = await syncFolder(nodeFolder(folderPath), fileLibrary(libraryPath, library, deviceId, now), { device, deviceId, now });
  return { code: !report.ok ? 2 : report.files.some((f) => f.status === 'skipped') ? 1 : 0, report };
}

export async function runSyncCommand(args: string[]): Promise<number> {
  try {
    const { code, report } = await runSync(args);
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    for (const p of report.problems) process.stderr.write(`papershelf sync: ${p.error}. ${p.fix}\n`);
    for (const f of report.files) if (f.error) process.stderr.write(`papershelf sync: skipped ${f.error}\n`);
    return code;
  } catch (e) {
    process.stderr.write(`papershelf sync: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
