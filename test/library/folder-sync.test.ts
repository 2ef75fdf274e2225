/**
 * The sync folder (lib/library/folder-sync.ts) on real temporary directories: three devices editing, tagging and
 * deleting the same papers in turns converge to one library whatever the order, through the CLI's code (a library
 * file) and through the extension's (the IndexedDB store on fake-indexeddb); conflicted copies are merged; a corrupt
 * device file is reported and skipped; a device file that leaves the folder takes no papers with it.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SyncFile, type Paper } from '../../lib/model';
import { identityKeys } from '../../lib/identity';
import { serialiseSyncFile, toSyncFile } from '../../lib/formats/json';
import { mergeLibraries, type Library } from '../../lib/library/merge';
import { storeSyncLibrary } from '../../lib/library/file-sync';
import { deletePapers, deviceId, editPapers, getLibrary, openLibrary, putPapers, type LibraryDb } from '../../lib/library/store';
import {
  classifyFile,
  deviceFileName,
  newSyncMemory,
  syncFolder,
  syncStatusLine,
  type FolderSyncReport,
  type SyncMemory,
} from '../../lib/library/folder-sync';
import { nodeFolder } from '../../lib/cli/node-folder';
import { runSync } from '../../lib/cli/sync';
import { withNote, withStarred, withTag } from '../../lib/ui/sidepanel/edits';
import { cliCommand } from '../support/cli';
import { generatePapers } from '../support/generate';
import { libraryFingerprint } from './merge-arbitraries';

const root = mkdtempSync(join(tmpdir(), 'papershelf-folder-sync-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = (name: string) => {
  const dir = join(root, `${name}-${++dirs}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

const BASE = generatePapers(5, 77);
const T0 = Date.UTC(2026, 11, 1);

/** One device: its library (IndexedDB store or CLI library file), its edits, its sync. */
interface Device {
  name: string;
  edit(i: number, change: (p: Paper) => Paper): Promise<void>;
  remove(i: number, now: number): Promise<void>;
  sync(now: number): Promise<FolderSyncReport>;
  library(): Promise<Library>;
}

async function storeDevice(name: string, folder: string, seed: boolean): Promise<Device & { db: LibraryDb }> {
  const db = await openLibrary(new IDBFactory());
  if (seed) await putPapers(db, BASE);
  const memory: SyncMemory = newSyncMemory();
  return {
    name,
    db,
    async edit(i, change) {
      await editPapers(db, [BASE[i]!.id], change);
    },
    async remove(i, now) {
      await deletePapers(db, [BASE[i]!.id], now);
    },
    async sync(now) {
      return syncFolder(nodeFolder(folder), storeSyncLibrary(db), { device: name, deviceId: await deviceId(db), now, memory });
    },
    library: () => getLibrary(db),
  };
}

function cliDevice(name: string, folder: string, seed: boolean): Device {
  const path = join(freshDir(`lib-${name}`), 'library.json');
  const read = (): SyncFile => SyncFile.parse(JSON.parse(readFileSync(path, 'utf8')));
  const write = (lib: Library) => writeFileSync(path, serialiseSyncFile(toSyncFile(lib.papers, lib.tombstones, `cli-${name}`, T0)));
  if (seed) write({ papers: BASE, tombstones: [] });
  const exists = () => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  };
  return {
    name,
    async edit(i, change) {
      if (!exists()) return;
      const lib = read();
      write({ papers: lib.papers.map((p) => (p.id === BASE[i]!.id ? change(p) : p)), tombstones: lib.tombstones });
    },
    async remove(i, now) {
      if (!exists()) return;
      const lib = read();
      const gone = lib.papers.find((p) => p.id === BASE[i]!.id);
      if (!gone) return;
      write({
        papers: lib.papers.filter((p) => p !== gone),
        tombstones: [
          ...lib.tombstones.filter((t) => t.id !== gone.id),
          { id: gone.id, keys: identityKeys(gone).slice(0, 20).sort(), deletedAt: now },
        ],
      });
    },
    async sync(now) {
      const { code, report } = await runSync([folder, '--device', name, '--library', path], now);
      expect(code).toBe(0);
      return report;
    },
    async library() {
      return exists() ? read() : { papers: [], tombstones: [] };
    },
  };
}

type Step =
  | { kind: 'note'; device: number; paper: number }
  | { kind: 'star'; device: number; paper: number; on: boolean }
  | { kind: 'tag'; device: number; paper: number; tag: string; on: boolean }
  | { kind: 'delete'; device: number; paper: number }
  | { kind: 'sync'; device: number };

const device = fc.integer({ min: 0, max: 2 });
const paper = fc.integer({ min: 0, max: BASE.length - 1 });
const arbStep: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('note' as const), device, paper }),
  fc.record({ kind: fc.constant('star' as const), device, paper, on: fc.boolean() }),
  fc.record({ kind: fc.constant('tag' as const), device, paper, tag: fc.constantFrom('ml', 'to read'), on: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), device, paper }),
  fc.record({ kind: fc.constant('sync' as const), device }),
  fc.record({ kind: fc.constant('sync' as const), device }),
);
/** Each device syncs at least twice at the end, in any order, with every device's last sync after every device's first. */
const arbSettle = fc.tuple(fc.constantFrom(...permutations([0, 1, 2])), fc.constantFrom(...permutations([0, 1, 2])));

function permutations(xs: number[]): number[][] {
  return xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

async function play(
  devices: Device[],
  folder: string,
  steps: Step[],
  settle: [number[], number[]],
): Promise<{ before: Library[]; after: Library[] }> {
  let now = T0;
  for (const s of steps) {
    now += 1000;
    const d = devices[s.device]!;
    const t = now;
    if (s.kind === 'note') await d.edit(s.paper, (p) => withNote(p, `${d.name} at ${t}`, t));
    else if (s.kind === 'star') await d.edit(s.paper, (p) => withStarred(p, s.on, t));
    else if (s.kind === 'tag') await d.edit(s.paper, (p) => withTag(p, s.tag, s.on, t));
    else if (s.kind === 'delete') await d.remove(s.paper, t);
    else await d.sync(t);
  }
  // What the devices hold before they settle, and the folder's files (written before later deletions: a tombstone that
  // meets a file's copy of the paper keeps that record in it).
  const before = await Promise.all(devices.map((d) => d.library()));
  for (const name of readdirSync(folder)) before.push(SyncFile.parse(JSON.parse(readFileSync(join(folder, name), 'utf8'))));
  for (const i of [...settle[0], ...settle[1]]) await devices[i]!.sync((now += 1000));
  return { before, after: await Promise.all(devices.map((d) => d.library())) };
}

const join3 = (libs: Library[]): Library =>
  libs.reduce((acc, l) => {
    const r = mergeLibraries(acc, l);
    return { papers: r.papers, tombstones: r.tombstones };
  });

const withoutDeletedRecords = (lib: Library): Library => ({
  papers: lib.papers,
  tombstones: lib.tombstones.map(({ paper: _record, ...t }) => t),
});

describe('three devices through one sync folder', () => {
  for (const [label, make] of [
    ['the CLI (library files)', cliDevice],
    ["the extension's store (fake-indexeddb)", storeDevice],
  ] as const) {
    it(`converge to one library, the join of what each held, whatever the order: ${label}`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(arbStep, { minLength: 1, maxLength: 14 }), arbSettle, async (steps, settle) => {
          const folder = freshDir('folder');
          const devices = await Promise.all(['Laptop', 'Desk top', 'phone'].map((n, i) => make(n, folder, i === 0)));
          const { before, after } = await play(devices, folder, steps, settle);
          // All three hold the same library, exactly.
          const fingerprints = after.map(libraryFingerprint);
          expect(fingerprints[1]).toBe(fingerprints[0]);
          expect(fingerprints[2]).toBe(fingerprints[0]);
          // It is the join of what was anywhere before they settled: no edit, tag or deletion lost. (A tombstone keeps
          // the deleted record when it meets a copy of it, which depends on whether a device re-read its own file.)
          const expected = libraryFingerprint(withoutDeletedRecords(join3(before)));
          expect(libraryFingerprint(withoutDeletedRecords(after[0]!))).toBe(expected);
          // One file per device, named by its device, and nothing else.
          expect(readdirSync(folder).sort()).toEqual(['papershelf-desk-top.json', 'papershelf-laptop.json', 'papershelf-phone.json']);
          const files = ['papershelf-desk-top.json', 'papershelf-laptop.json', 'papershelf-phone.json'].map((f) =>
            SyncFile.parse(JSON.parse(readFileSync(join(folder, f), 'utf8'))),
          );
          for (const f of files) expect(libraryFingerprint(withoutDeletedRecords(f))).toBe(expected);
        }),
        { numRuns: 25 },
      );
    });
  }

  it('a device that deleted a paper, then re-read no file, ends with the library the others compute (fast-check counterexample)', async () => {
    // Found by the property above (seed -329450068): the phone deleted a paper every file still held alive; the files
    // had not changed since it last merged them, so it did not read them again. Its deletion must keep the record, as
    // the others' merges of that deletion do, or the phone's library differs from theirs for good.
    const folder = freshDir('folder');
    const devices = await Promise.all(['Laptop', 'Desk top', 'phone'].map((n, i) => storeDevice(n, folder, i === 0)));
    const steps: Step[] = [
      { kind: 'sync', device: 0 },
      { kind: 'sync', device: 1 },
      { kind: 'sync', device: 2 },
      { kind: 'delete', device: 2, paper: 0 },
      { kind: 'tag', device: 0, paper: 0, tag: 'ml', on: false },
    ];
    const { after } = await play(devices, folder, steps, [
      [0, 1, 2],
      [2, 1, 0],
    ]);
    const fingerprints = after.map(libraryFingerprint);
    expect(fingerprints[1]).toBe(fingerprints[0]);
    expect(fingerprints[2]).toBe(fingerprints[0]);
    expect(after[2]!.tombstones).toEqual([
      expect.objectContaining({ id: BASE[0]!.id, paper: expect.objectContaining({ id: BASE[0]!.id }) }),
    ]);
  });

  it('a scripted run: edits, a tag, a deletion and a concurrent note, reported with both values', async () => {
    const folder = freshDir('folder');
    const [a, b, c] = await Promise.all([storeDevice('A', folder, true), storeDevice('B', folder, false), storeDevice('C', folder, false)]);
    const first = await a.sync(T0 + 1);
    expect(first.wrote).toEqual({ file: 'papershelf-a.json', papers: 5, tombstones: 0 });
    expect(first.devices).toEqual([]);
    const bFirst = await b.sync(T0 + 2);
    expect(bFirst.merge?.added).toHaveLength(5);
    expect(bFirst.devices).toEqual(['a']);
    await c.sync(T0 + 3);
    await a.edit(0, (p) => withNote(p, 'A says', T0 + 10));
    await b.edit(0, (p) => withNote(p, 'B says later', T0 + 20));
    await c.edit(1, (p) => withTag(p, 'ml', true, T0 + 30));
    await c.remove(2, T0 + 40);
    await Promise.all([b.sync(T0 + 50), c.sync(T0 + 51)]);
    const r = await a.sync(T0 + 60);
    expect(r.devices).toEqual(['b', 'c']);
    const note = r.conflicts.find((x) => x.paperId === BASE[0]!.id && x.field === 'note')!;
    expect(note).toMatchObject({ local: 'A says', incoming: 'B says later', winner: 'incoming', from: ['papershelf-b.json'] });
    expect(r.merge?.deleted).toEqual([BASE[2]!.id]);
    expect(syncStatusLine(r, T0 + 60 + 120_000)).toBe('Synced 2 min ago with 2 devices');
    const lib = await a.library();
    expect(lib.papers.find((p) => p.id === BASE[0]!.id)?.note).toBe('B says later');
    expect(lib.papers.find((p) => p.id === BASE[1]!.id)?.tags.ml?.on).toBe(true);
    expect(lib.papers.some((p) => p.id === BASE[2]!.id)).toBe(false);
  });
});

describe('the folder as file-sync services leave it', () => {
  it('names conflicted copies of Dropbox, Syncthing, Google Drive, iCloud and Nextcloud after the file they copy', () => {
    const own = deviceFileName('laptop');
    expect(own).toBe('papershelf-laptop.json');
    expect(classifyFile('papershelf-laptop.json', own)).toEqual({ kind: 'this device', device: 'laptop' });
    expect(classifyFile('papershelf-desk.json', own)).toEqual({ kind: 'device', device: 'desk' });
    for (const copy of [
      'papershelf-desk (conflicted copy 2026-12-01).json',
      "papershelf-desk (Anna's conflicted copy 2026-12-01).json",
      'papershelf-desk.sync-conflict-20261201-101010-ABCDEFG.json',
      'papershelf-desk (1).json',
      'papershelf-desk 2.json',
      'papershelf-desk (conflicted copy 2026-12-01 101010).json',
    ])
      expect(classifyFile(copy, own)).toEqual({ kind: 'conflicted copy', device: 'desk', copyOf: 'papershelf-desk.json' });
    for (const other of ['notes.json', 'papershelf-desk.json.tmp-12', '.syncthing.papershelf-desk.json.tmp', 'papershelf-desk.json.crswap'])
      expect(classifyFile(other, own)).toBeNull();
  });

  it('a conflicted copy is merged, not lost, and named in the report', async () => {
    const folder = freshDir('folder');
    const [desk, laptop] = await Promise.all([storeDevice('desk', folder, true), storeDevice('laptop', folder, false)]);
    await desk.sync(T0 + 1);
    // The service kept another write of desk's file as a conflicted copy: it holds an edit the main file lacks.
    const starred = withStarred(BASE[3]!, true, T0 + 5);
    const copy = 'papershelf-desk (conflicted copy 2026-12-01).json';
    writeFileSync(join(folder, copy), serialiseSyncFile(toSyncFile([starred], [], 'desk-other', T0 + 5)));
    const r = await laptop.sync(T0 + 10);
    expect(r.files.find((f) => f.file === copy)).toMatchObject({
      kind: 'conflicted copy',
      copyOf: 'papershelf-desk.json',
      status: 'merged',
      papers: 1,
    });
    expect(r.devices).toEqual(['desk']);
    expect((await laptop.library()).papers.find((p) => p.id === BASE[3]!.id)?.starred).toBe(true);
    expect(readdirSync(folder)).toContain(copy); // read, never deleted
  });

  it('a corrupt device file is reported with the fix and skipped; the library is unchanged', async () => {
    const folder = freshDir('folder');
    const a = await storeDevice('A', folder, true);
    await a.sync(T0 + 1);
    const before = await a.library();
    const ownBefore = readFileSync(join(folder, 'papershelf-a.json'), 'utf8');
    writeFileSync(
      join(folder, 'papershelf-b.json'),
      '{"format":"papershelf-sync","schemaVersion":1,"exportedAt":1,"deviceId":"b","papers":[{"title":',
    );
    const r = await a.sync(T0 + 2);
    expect(r.ok).toBe(true);
    const bad = r.files.find((f) => f.file === 'papershelf-b.json')!;
    expect(bad.status).toBe('skipped');
    expect(bad.error).toMatch(/^papershelf-b\.json: not valid JSON: unexpected end of JSON input$/);
    expect(bad.fix).toMatch(/Sync on the device “b” to write it again, or move the file out of the folder/);
    expect(r.devices).toEqual([]);
    expect(r.wrote).toBeNull(); // nothing changed: this device's file is not rewritten
    expect(libraryFingerprint(await a.library())).toBe(libraryFingerprint(before));
    expect(readFileSync(join(folder, 'papershelf-a.json'), 'utf8')).toBe(ownBefore);
    expect(syncStatusLine(r, T0 + 2)).toBe('Synced just now; no other device’s file in the folder yet; 1 file skipped');
  });

  it('a device file removed from the folder keeps its papers', async () => {
    const folder = freshDir('folder');
    const [a, b] = await Promise.all([storeDevice('A', folder, true), storeDevice('B', folder, false)]);
    await a.sync(T0 + 1);
    await b.sync(T0 + 2);
    renameSync(join(folder, 'papershelf-a.json'), join(root, `gone-${dirs}.json`));
    const r = await b.sync(T0 + 3);
    expect(r.devices).toEqual([]);
    expect((await b.library()).papers).toHaveLength(5);
    expect(SyncFile.parse(JSON.parse(readFileSync(join(folder, 'papershelf-b.json'), 'utf8'))).papers).toHaveLength(5);
  });

  it("this device's unreadable file is kept aside, then written again; an unchanged folder is not re-read", async () => {
    const folder = freshDir('folder');
    const a = await storeDevice('A', folder, true);
    await a.sync(T0 + 1);
    writeFileSync(join(folder, 'papershelf-a.json'), 'half a fi');
    const r = await a.sync(T0 + 2);
    expect(r.keptAside).toBe(`papershelf-a.unreadable-${T0 + 2}.txt`);
    expect(readFileSync(join(folder, r.keptAside!), 'utf8')).toBe('half a fi');
    expect(r.wrote).toMatchObject({ file: 'papershelf-a.json', papers: 5 });
    const again = await a.sync(T0 + 3);
    expect(again.files.map((f) => f.status)).toEqual(['unchanged']);
    expect(again.wrote).toBeNull();
    await a.edit(1, (p) => withNote(p, 'new', T0 + 4));
    const after = await a.sync(T0 + 5);
    expect(after.wrote).toMatchObject({ file: 'papershelf-a.json' });
  });

  it("a caller that knows the library was not written skips rebuilding this device's file; a changed file is still read", async () => {
    const folder = freshDir('folder');
    const db = await openLibrary(new IDBFactory());
    await putPapers(db, BASE.slice(0, 2));
    const memory = newSyncMemory();
    const run = (now: number, libraryUnchanged: boolean) =>
      syncFolder(nodeFolder(folder), storeSyncLibrary(db), { device: 'A', deviceId: 'a-id', now, memory, libraryUnchanged });
    expect((await run(T0 + 1, false)).wrote).toMatchObject({ papers: 2 });
    // Told "unchanged" while it was not (a stand-in for a lost broadcast): the file is left as it is...
    await putPapers(db, BASE.slice(2, 3));
    expect((await run(T0 + 2, true)).wrote).toBeNull();
    expect(SyncFile.parse(JSON.parse(readFileSync(join(folder, 'papershelf-a.json'), 'utf8'))).papers).toHaveLength(2);
    // ...but another device's new file is merged, and then this device's file is rebuilt from the library.
    writeFileSync(join(folder, 'papershelf-b.json'), serialiseSyncFile(toSyncFile(BASE.slice(3), [], 'b-id', T0)));
    const r = await run(T0 + 3, true);
    expect(r.merge?.added).toHaveLength(2);
    expect(r.wrote).toMatchObject({ papers: 5 });
  });

  it('two installations using one device name are told so, and neither loses papers', async () => {
    const folder = freshDir('folder');
    const [one, two] = await Promise.all([storeDevice('same', folder, true), storeDevice('same', folder, false)]);
    await one.sync(T0 + 1);
    const r = await two.sync(T0 + 2);
    expect(r.warnings[0]).toMatch(/^papershelf-same\.json was last written by another installation .*two devices use the name “same”/);
    expect((await two.library()).papers).toHaveLength(5);
  });

  it('a folder that is gone is reported with the fix; the library is unchanged', async () => {
    const a = await storeDevice('A', join(root, 'no-such-folder'), true);
    const before = await a.library();
    const r = await a.sync(T0);
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.error).toMatch(/no such folder$/);
    expect(r.problems[0]!.fix).toMatch(/Check the path/);
    expect(syncStatusLine(r, T0)).toBe('Sync failed just now');
    expect(libraryFingerprint(await a.library())).toBe(libraryFingerprint(before));
  });
});

describe('npm run cli -- sync', () => {
  it('prints the report as JSON; exit code 1 when a file was skipped, 2 when the folder is missing', async () => {
    const { execFile } = await import('node:child_process');
    const cli = (...args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
        execFile(...cliCommand('sync', ...args), { cwd: process.cwd() }, (e, stdout, stderr) =>
          done({ code: e ? Number(e.code) : 0, stdout, stderr }),
        ),
      );
    const folder = freshDir('folder');
    const lib = join(freshDir('lib'), 'library.json');
    writeFileSync(lib, serialiseSyncFile(toSyncFile(BASE.slice(0, 2), [], 'cli-x', T0)));
    writeFileSync(join(folder, 'papershelf-phone.json'), serialiseSyncFile(toSyncFile(BASE.slice(2), [], 'phone', T0)));
    const ok = await cli(folder, '--device', 'Work PC', '--library', lib);
    expect(ok.code).toBe(0);
    const report = JSON.parse(ok.stdout) as FolderSyncReport;
    expect(report).toMatchObject({ device: 'Work PC', ownFile: 'papershelf-work-pc.json', ok: true, devices: ['phone'] });
    expect(report.wrote).toEqual({ file: 'papershelf-work-pc.json', papers: 5, tombstones: 0 });
    expect(report.merge?.added).toHaveLength(3);
    expect(SyncFile.parse(JSON.parse(readFileSync(lib, 'utf8'))).papers).toHaveLength(5);
    writeFileSync(join(folder, 'papershelf-tablet.json'), 'not json');
    const skipped = await cli(folder, '--device', 'Work PC', '--library', lib);
    expect(skipped.code).toBe(1);
    expect(skipped.stderr).toContain('papershelf sync: skipped papershelf-tablet.json is not a Papershelf sync file, CSL-JSON or BibTeX');
    const missing = await cli(join(root, 'nowhere'), '--device', 'Work PC', '--library', lib);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere: no such folder\. Check the path/);
  }, 180_000);
});
