/**
 * Import and file sync interrupted in real Chromium: the side panel closed while its worker writes 20,000 imported
 * papers into the library, and while it writes the merged library back to the sync file. The library holds every
 * imported paper or none of them (the papers it held before untouched), and the sync file holds its old content or
 * the complete new one.
 *
 * How the test knows the close came mid-write: probes in the panel's worker and page post on a BroadcastChannel to
 * another extension page when a write transaction opens, when its first put is issued, when it completes, and when
 * the file's writable is written and closed. One import is left to finish (it measures how long the write takes);
 * then the panel is closed at several delays after the first put (at once, a third and two thirds of the way), each
 * with fresh data, so a write split into several transactions would be caught between them. An attempt counts as
 * mid-write if a write transaction had opened and not completed when the panel closed; at least one must be, and
 * every attempt must be all or nothing.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { Paper } from '../../lib/model';
import { distinctGeneratedPapers } from '../support/generate';
import { serialiseSyncFile, toSyncFile } from '../../lib/formats/json';
import { launchExtension, libraryPapers, seedLibrary, withLibrary, type ExtensionSession, type LibraryApi } from './harness';

const N = 20_000;
const CHANNEL = 'papershelf-crash-probe';
const SYNC_NAME = 'papershelf-crash-sync.json';

let s: ExtensionSession;
/** An extension page that outlives the panel: it collects the probes' reports and reads the origin's files. */
let observer: Page;
/** The papers in the library before any interrupted write. */
let prior: Paper[];

interface ProbeEvent {
  run: string;
  event: 'tx-open' | 'first-put' | 'tx-complete' | 'tx-abort' | 'file-write' | 'file-closed';
  t: number;
}

beforeAll(async () => {
  s = await launchExtension();
  observer = await s.page('popup.html?tabId=-1');
  await observer.evaluate((channel) => {
    const probe = { events: [] as ProbeEvent[], waiting: [] as { run: string; event: string; resolve(): void }[] };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    new BroadcastChannel(channel).onmessage = (e: MessageEvent<ProbeEvent>) => {
      probe.events.push(e.data);
      for (const w of probe.waiting.filter((w) => w.run === e.data.run && w.event === e.data.event)) w.resolve();
    };
  }, CHANNEL);
  prior = distinctGeneratedPapers(300, 1, 'prior');
  await seedLibrary(observer, prior);
}, 120_000);
afterAll(async () => {
  await s?.close();
});

const SYNC_DEVICE = 'laptop';
const SYNC_TIME = Date.UTC(2026, 0, 1);
const syncText = (papers: Paper[]) => serialiseSyncFile(toSyncFile(papers, [], SYNC_DEVICE, SYNC_TIME));

/** Resolves when the probe of `run` reports `event`. */
const reported = (run: string, event: ProbeEvent['event']) =>
  observer.evaluate(
    ([r, ev]) =>
      new Promise<void>((resolve) => {
        const probe = (window as unknown as { __probe: { events: ProbeEvent[]; waiting: unknown[] } }).__probe;
        if (probe.events.some((e) => e.run === r && e.event === ev)) resolve();
        else probe.waiting.push({ run: r, event: ev, resolve });
      }),
    [run, event] as const,
  );
const eventsOf = (run: string) =>
  observer.evaluate((r) => (window as unknown as { __probe: { events: ProbeEvent[] } }).__probe.events.filter((e) => e.run === r), run);

/** In the panel's worker: report its write transactions (opened, first put, completed or aborted). */
function probeWorker(worker: Worker, run: string) {
  return worker.evaluate(
    ([channel, r]) => {
      const ch = new BroadcastChannel(channel!);
      const post = (event: string) => ch.postMessage({ run: r, event, t: Date.now() });
      const transaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
        const tx = transaction.apply(this, args);
        if (tx.mode === 'readwrite') {
          post('tx-open');
          tx.addEventListener('complete', () => post('tx-complete'));
          tx.addEventListener('abort', () => post('tx-abort'));
        }
        return tx;
      } as IDBDatabase['transaction'];
      let puts = 0;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (puts++ === 0) post('first-put');
        return put.apply(this, args);
      };
    },
    [CHANNEL, run],
  );
}

/** In the panel page: report when the sync file's writable is written and when its close (the commit) resolves. */
function probeFileWrites(panel: Page, run: string) {
  return panel.evaluate(
    ([channel, r]) => {
      const ch = new BroadcastChannel(channel!);
      const post = (event: string) => ch.postMessage({ run: r, event, t: Date.now() });
      const proto = FileSystemWritableFileStream.prototype;
      const write = proto.write;
      const close = proto.close;
      proto.write = function (this: FileSystemWritableFileStream, ...args: Parameters<FileSystemWritableFileStream['write']>) {
        post('file-write');
        return write.apply(this, args);
      };
      proto.close = async function (this: FileSystemWritableFileStream) {
        await close.call(this);
        post('file-closed');
      };
    },
    [CHANNEL, run],
  );
}

/** The side panel, ready, with the native file picker standing in as in sync.test.ts: a real handle in the origin-private file system. */
async function openPanel(): Promise<Page> {
  const panel = await s.page('sidepanel.html');
  await panel.locator('.paper-list, .empty-state').first().waitFor({ timeout: 60_000 });
  await panel.evaluate((name) => {
    const handle = async () => (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
    const w = window as unknown as Record<string, unknown>;
    w.showOpenFilePicker = async () => [await handle()];
    w.showSaveFilePicker = async () => handle();
  }, SYNC_NAME);
  return panel;
}

const readSyncFile = () =>
  observer.evaluate(
    async (name) => (await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile()).text(),
    SYNC_NAME,
  );
/**
 * Write the sync file of distinctGeneratedPapers(n, seed, mark), made in the observer page (the same code as syncText in Node:
 * 20,000 papers' text is not sent over the driver's connection), and keep its text there for syncFileIsAsWritten.
 */
const writeGeneratedSyncFile = (n: number, seed: number, mark: string) =>
  observer.evaluate(
    async ({ name, n, seed, mark, device, time }) => {
      const lib = (globalThis as unknown as { __papershelfLibrary: LibraryApi }).__papershelfLibrary;
      const text = lib.serialiseSyncFile(lib.toSyncFile(lib.distinctGeneratedPapers(n, seed, mark), [], device, time));
      const w = await (await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true })).createWritable();
      await w.write(text);
      await w.close();
      (window as unknown as { __syncWritten: string }).__syncWritten = text;
    },
    { name: SYNC_NAME, n, seed, mark, device: SYNC_DEVICE, time: SYNC_TIME },
  );
/** Whether the sync file is exactly what writeGeneratedSyncFile wrote, compared in the observer page. */
const syncFileIsAsWritten = () =>
  observer.evaluate(async (name) => {
    const file = await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile();
    return (await file.text()) === (window as unknown as { __syncWritten: string }).__syncWritten;
  }, SYNC_NAME);
const writeSyncFile = (text: string) =>
  observer.evaluate(
    async ([name, body]) => {
      const w = await (await (await navigator.storage.getDirectory()).getFileHandle(name!, { create: true })).createWritable();
      await w.write(body!);
      await w.close();
    },
    [SYNC_NAME, text],
  );

/** How many papers the library holds, and how many of `ids` are among them (read in the background service worker). */
async function libraryHolds(ids: string[]): Promise<{ count: number; present: number }> {
  const worker =
    s.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${s.extensionId}/`)) ??
    (await s.context.waitForEvent('serviceworker'));
  await withLibrary(worker);
  return worker.evaluate(async (wanted) => {
    const lib = (globalThis as unknown as { __papershelfLibrary: LibraryApi }).__papershelfLibrary;
    const all = await lib.getAllPapers(await lib.openLibrary());
    const want = new Set(wanted);
    return { count: all.length, present: all.filter((p) => want.has(p.id)).length };
  }, ids);
}

async function expectPriorIntact(): Promise<void> {
  const worker = s.context.serviceWorkers()[0]!;
  const byId = (xs: Paper[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  expect(
    byId(
      await libraryPapers(
        worker,
        prior.map((p) => p.id),
      ),
    ),
  ).toEqual(byId(prior));
}

/**
 * The panel's worker, once the panel has its search index: when the library has none it can use, the panel packs one
 * in that worker after loading (and keeps it, a write), which is let finish so the probe sees the test's writes only.
 * The worker is then running already, or starts with the panel's next task.
 */
async function panelWorker(panel: Page): Promise<{ worker: Promise<Worker> }> {
  await panel.waitForFunction(() => performance.getEntriesByName('papershelf:indexed').length > 0, null, { timeout: 180_000 });
  const running = panel.workers()[0];
  return { worker: running ? Promise.resolve(running) : panel.waitForEvent('worker') };
}

/** Timings of one attempt relative to the transaction's opening, for the log. */
function timeline(events: ProbeEvent[], closedAt: number): string {
  const t0 = events[0]?.t ?? closedAt;
  return [...events.map((e) => `${e.event} +${e.t - t0} ms`), `panel closed +${closedAt - t0} ms`].join(', ');
}

/**
 * One interrupted write of `papers` into the library: `start` opens the panel and begins the write (its worker probed
 * as `run`); the panel is closed `killAfter` ms after the first put is issued, or (null) left to finish. What the
 * probes reported, and what the library holds afterwards, checked all or nothing.
 */
async function interruptWrite(
  run: string,
  papers: Paper[],
  killAfter: number | null,
  start: (panel: Page, probe: (w: Worker) => Promise<void>) => Promise<void>,
) {
  const before = await libraryHolds([]);
  const panel = await openPanel();
  const firstPut = reported(run, 'first-put');
  const completed = killAfter === null ? reported(run, 'tx-complete') : null;
  await start(panel, (w) => probeWorker(w, run));
  await firstPut;
  if (killAfter === null) await completed;
  else if (killAfter > 0) await new Promise((resolve) => setTimeout(resolve, killAfter));
  await panel.close({ runBeforeUnload: false });
  const closedAt = Date.now();

  const events = await eventsOf(run);
  const settled = (e: ProbeEvent) => (e.event === 'tx-complete' || e.event === 'tx-abort') && e.t <= closedAt;
  const midWrite = events.filter((e) => e.event === 'tx-open').length > events.filter(settled).length;
  const after = await libraryHolds(papers.map((p) => p.id));
  console.log(
    `${run}${killAfter === null ? '' : `, closed ${Math.round(killAfter)} ms after the first put`}: ${timeline(events, closedAt)}; library ${before.count} -> ${after.count}${midWrite ? ' (closed mid-write)' : ''}`,
  );
  // All or nothing, counted exactly: the library as before, or as before with every paper written.
  expect([
    [before.count, 0],
    [before.count + papers.length, papers.length],
  ]).toContainEqual([after.count, after.present]);
  await expectPriorIntact();
  const span = (a: ProbeEvent['event'], b: ProbeEvent['event']) =>
    (events.find((e) => e.event === b)?.t ?? NaN) - (events.find((e) => e.event === a)?.t ?? NaN);
  return { midWrite, stored: after.present, writeMs: span('first-put', 'tx-complete') };
}

/** Kill delays after the first put: at once, then a third and two thirds of the way through a whole write. */
const killDelays = (writeMs: number) => [0, writeMs / 3, (2 * writeMs) / 3];
/** How long the whole import's write took (first put to commit), measured by the import test; its stand-in if that did not run. */
let wholeWriteMs = 1000;

describe('side panel closed while an import of 20,000 papers is written', () => {
  it('the library holds every imported paper or none, and the papers it held before are untouched', async () => {
    const importing = (attempt: string) => {
      const papers = distinctGeneratedPapers(N, 100, `crash-import-${attempt}`);
      const file = join(tmpdir(), `papershelf-crash-import-${process.pid}-${attempt}.json`);
      writeFileSync(file, syncText(papers));
      const start = async (panel: Page, probe: (w: Worker) => Promise<void>) => {
        const before = await libraryHolds([]);
        const workerStarted = (await panelWorker(panel)).worker;
        await panel.getByLabel('Import file').setInputFiles(file);
        const dialog = panel.getByRole('dialog', { name: /^Import papershelf-crash-import/ });
        await dialog.getByText(`${N} new, 0 updated, ${before.count} unchanged`).waitFor({ timeout: 180_000 });
        await probe(await workerStarted);
        await dialog.getByRole('button', { name: 'Apply import' }).click();
      };
      return { papers, start };
    };
    // One import left to finish: it stores every paper, and shows how long the write takes here.
    const whole = importing('whole');
    const full = await interruptWrite('import-whole', whole.papers, null, whole.start);
    expect(full.stored).toBe(N);
    wholeWriteMs = full.writeMs;
    const outcomes = [];
    for (const [i, delay] of killDelays(full.writeMs).entries()) {
      const attempt = importing(`cut${i}`);
      outcomes.push(await interruptWrite(`import-cut${i}`, attempt.papers, delay, attempt.start));
    }
    expect(outcomes.some((o) => o.midWrite)).toBe(true);
  }, 900_000);
});

describe('side panel closed during "Sync with file…"', () => {
  it('closed while the merge is written: the library is all or nothing and the file keeps its old content', async () => {
    const outcomes = [];
    for (const [i, delay] of killDelays(wholeWriteMs).slice(0, 2).entries()) {
      const remote = distinctGeneratedPapers(N, 200 + i, `crash-sync-${i}`);
      await withLibrary(observer);
      await writeGeneratedSyncFile(N, 200 + i, `crash-sync-${i}`);
      const start = async (panel: Page, probe: (w: Worker) => Promise<void>) => {
        // The panel's worker starts with its first task: a small import previewed and cancelled (the probe needs it running).
        const workerStarted = (await panelWorker(panel)).worker;
        const small = join(tmpdir(), `papershelf-crash-small-${process.pid}.json`);
        writeFileSync(small, syncText(distinctGeneratedPapers(1, 3, 'small')));
        await panel.getByLabel('Import file').setInputFiles(small);
        await panel
          .getByRole('dialog', { name: /^Import papershelf-crash-small/ })
          .getByRole('button', { name: 'Cancel' })
          .click();
        await probe(await workerStarted);
        await panel.getByRole('button', { name: /^Sync with (another )?file…$/ }).click();
      };
      outcomes.push(await interruptWrite(`sync-merge-${i}`, remote, delay, start));
      // The file is written only after the merge commits, by the panel that was closed: it is exactly as it was.
      expect(await syncFileIsAsWritten()).toBe(true);
    }
    expect(outcomes.some((o) => o.midWrite)).toBe(true);
  }, 900_000);

  it('closed while the merged library is written to the file: the file is its old content or the complete new one', async () => {
    const outcomes: boolean[] = [];
    for (let attempt = 0; attempt < 3 && !outcomes.includes(true); attempt++) {
      const before = await libraryHolds([]);
      const remote = distinctGeneratedPapers(500, 300 + attempt, `crash-file-${attempt}`);
      const old = syncText(remote);
      await writeSyncFile(old);

      const panel = await openPanel();
      const run = `sync-file-${attempt}`;
      await probeFileWrites(panel, run);
      const fileWrite = reported(run, 'file-write');
      await panel.getByRole('button', { name: /^Sync with (another )?file…$/ }).click();
      await fileWrite;
      await panel.close({ runBeforeUnload: false });
      const closedAt = Date.now();

      const events = await eventsOf(run);
      const midWrite = !events.some((e) => e.event === 'file-closed' && e.t <= closedAt);
      // The merge committed before the file was written: every paper of the file is in the library.
      const after = await libraryHolds(remote.map((p) => p.id));
      expect(after).toEqual({ count: before.count + remote.length, present: remote.length });
      await expectPriorIntact();
      const text = await readSyncFile();
      console.log(
        `sync (file) attempt ${attempt}: ${timeline(events, closedAt)}; file ${text === old ? 'old' : 'new'}, ${text.length} characters`,
      );
      if (text !== old) {
        // Not the old content: then the whole merged library, valid to the last byte.
        const written = JSON.parse(text) as { format: string; papers: Paper[] };
        expect(written.format).toBe('papershelf-sync');
        expect(written.papers).toHaveLength(after.count);
      }
      outcomes.push(midWrite);
    }
    expect(outcomes).toContain(true);
  }, 900_000);
});
