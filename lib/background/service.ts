/**
 * The background's logic, independent of the browser API object so it can be tested with fakes.
 * Everything that arrives from a page is validated with zod before it touches the library.
 */
import {
  ContentMessage,
  LoadAllRequest,
  MAX_SCAN_ENTRIES,
  type LoadAllProgress,
  UiMessage,
  type PageScan,
  type Review,
  type SavedLookupReply,
  type SaveReport,
  type ScanHeader,
  type ToContentMessage,
} from '../model';
import { countPapers, openLibrary, reviewScan, saveCandidates, undoChanges, type LibraryDb } from '../library/store';
import { lookupSaved } from '../library/saved-lookup';
import { parseVisibleText } from '../text/parse';
import { preferredSelectionReading } from '../sites/selected-list';
import { cleanScan } from '../text/clean';
import { describeIssue as describe, validatePageScan } from '../library/page-scan';
import type { KeyValueArea } from '../library/basket';
import { ReviewedScans } from './reviewed-scans';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface BrowserPorts {
  extensionId: string;
  extensionOrigin: string;
  /** Ask the tab's content script for a fresh scan; injects the script first when the page has none. */
  requestScan(tabId: number): Promise<unknown>;
  setBadge(tabId: number, text: string, color?: string): Promise<void>;
  /** Send a message to the tab's content script (rejects when the tab has none). */
  tellTab?(tabId: number, message: ToContentMessage): Promise<unknown>;
  /**
   * Put the site's script (its parser and the "Saved" marks) into the frame of a matched page whose content script
   * counted entries (lib/content/site-content-script.ts); resolves when it is there, or when it cannot be.
   */
  loadSiteScript?(tabId: number, frameId: number, url: string): Promise<void>;
  /** Where reviewed scans outlive the service worker's restarts (storage.session; lib/background/reviewed-scans.ts). */
  sessionArea?: KeyValueArea;
}

/** The popup's end of a "load-all" connection (a runtime Port, or a fake in tests). */
export interface LoadAllPort {
  postMessage(message: LoadAllProgress): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

/** A "Load all" run in a tab: the popup that asked for it and the page it started on. */
interface LoadAllWatch {
  port: LoadAllPort;
  url?: string;
  loaded?: number;
}

export type Reply<T> = ({ ok: true } & T) | { ok: false; error: string };

/** The save names a scan the background no longer holds: the tab navigated or closed since, or later reviews pushed it out. */
export const STALE_REVIEW = 'This page was re-read since you opened this review; review again.';
/** Reviewed scans held for their saves: a few tabs' worth, at most this many entries in all; the oldest go first. */
const HELD_SCANS = 8;
const HELD_ENTRIES = 2 * MAX_SCAN_ENTRIES;

export function badgeText(count: number): string {
  return count === 0 ? '' : count > 999 ? '999+' : String(count);
}

export class PapershelfService {
  private db: Promise<LibraryDb> | undefined;
  /** Validated scans by the id their review returned; a save names the one it reviewed. */
  private readonly scans: ReviewedScans;
  /** "Load all" runs by tab. */
  private readonly loading = new Map<number, LoadAllWatch>();

  constructor(
    private readonly ports: BrowserPorts,
    private readonly openDb: () => Promise<LibraryDb> = () => openLibrary(),
    private readonly newScanId: () => string = () => crypto.randomUUID(),
  ) {
    this.scans = new ReviewedScans({ scans: HELD_SCANS, entries: HELD_ENTRIES }, ports.sessionArea);
  }

  library(): Promise<LibraryDb> {
    this.db ??= this.openDb();
    return this.db;
  }

  forgetTab(tabId: number): void {
    this.scans.forgetTab(tabId);
  }

  private holdScan(tabId: number, scan: PageScan): string {
    const id = this.newScanId();
    this.scans.hold(id, { tabId, scan });
    return id;
  }

  /** Any message: from a content script (sender.tab, page URL) or from an extension page. */
  async handle(message: unknown, sender: Sender): Promise<unknown> {
    if (sender.id !== undefined && sender.id !== this.ports.extensionId) return { ok: false, error: 'unknown sender' };
    const fromExtensionPage = !!sender.url?.startsWith(this.ports.extensionOrigin);
    if (!fromExtensionPage) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'message without a tab' };
      return this.handleContent(message, tabId, sender.tab?.url, sender.frameId ?? 0);
    }
    return this.handleUi(message);
  }

  private async handleContent(
    message: unknown,
    tabId: number,
    tabUrl: string | undefined,
    frameId = 0,
  ): Promise<Reply<{ libraryPapers?: number }> | SavedLookupReply> {
    const parsed = ContentMessage.safeParse(message);
    if (!parsed.success) return { ok: false, error: describe(parsed.error) };
    if (parsed.data.type === 'loadAllProgress') {
      const { type: _type, url, ...progress } = parsed.data;
      const watch = this.loading.get(tabId);
      if (!watch) return { ok: false, error: 'no "Load all" in this tab' };
      watch.url ??= url;
      watch.loaded = progress.loaded;
      this.reportLoadAll(tabId, progress);
      return { ok: true };
    }
    if (parsed.data.type === 'noScan') {
      this.forgetTab(tabId);
      await this.ports.setBadge(tabId, '');
      return { ok: true };
    }
    if (parsed.data.type === 'savedLookup') return { ok: true, saved: await lookupSaved(await this.library(), parsed.data.keys) };
    const { url, count } = parsed.data;
    if (tabUrl && new URL(tabUrl).origin !== new URL(url).origin) return { ok: false, error: 'page URL does not match the tab' };
    await this.ports.setBadge(tabId, badgeText(count));
    // The page's "Saved" marks extract nothing while the library is empty (lib/content/saved-marks.ts); once it holds
    // papers, the marks need the site's script in the page before the reply reaches them.
    const libraryPapers = await countPapers(await this.library());
    if (libraryPapers > 0 && !parsed.data.siteScript) await this.ports.loadSiteScript?.(tabId, frameId, url).catch(() => {});
    return { ok: true, libraryPapers };
  }

  private async handleUi(message: unknown): Promise<unknown> {
    const parsed = UiMessage.safeParse(message);
    if (!parsed.success) return { ok: false, error: describe(parsed.error) };
    const m = parsed.data;
    switch (m.type) {
      case 'review':
        return { ok: true, review: await this.review(m.tabId) };
      case 'save':
        return this.saveFromTab(m.tabId, m.scanId, m.indices, m.tags);
      case 'undo':
        try {
          return { ok: true, outcome: await undoChanges(await this.library(), m.undo) };
        } catch (e) {
          return { ok: false, error: e instanceof Error ? e.message : String(e) };
        }
    }
  }

  /**
   * The popup's "load-all" connection: `start` asks the tab's content script to press the site's "Show more" until the
   * list is whole; its progress (validated in handleContent) goes back on the port. `cancel`, or the popup closing, stops it.
   */
  connectLoadAll(port: LoadAllPort): void {
    let tabId: number | undefined;
    const mine = () => tabId !== undefined && this.loading.get(tabId)?.port === port;
    const cancel = () => {
      if (!mine()) return;
      const target = tabId!;
      // The content script answers with its last progress ("cancelled"); a page without one cannot.
      void this.ports
        .tellTab?.(target, { type: 'loadAllCancel' })
        .catch(() => this.reportLoadAll(target, { state: 'cancelled', loaded: this.loading.get(target)?.loaded ?? 0 }));
    };
    port.onDisconnect.addListener(() => {
      if (!mine()) return;
      cancel();
      this.loading.delete(tabId!);
    });
    port.onMessage.addListener((message) => {
      const parsed = LoadAllRequest.safeParse(message);
      if (!parsed.success) return;
      if (parsed.data.type === 'cancel') return cancel();
      if (tabId !== undefined) return;
      const target = (tabId = parsed.data.tabId);
      this.loading.set(target, { port });
      const failed = (error: string) => {
        if (this.loading.get(target)?.port !== port) return;
        this.reportLoadAll(target, { state: 'error', loaded: 0, message: error });
      };
      if (!this.ports.tellTab) return failed('This browser cannot reach the page.');
      this.ports.tellTab(target, { type: 'loadAll' }).then(
        (reply) => {
          const r = reply as { ok?: boolean; error?: unknown } | null;
          if (!r?.ok) failed(typeof r?.error === 'string' ? r.error : 'The page did not start loading; reload it and try again.');
        },
        () => failed('Papershelf is not running on this page; reload it and try again.'),
      );
    });
  }

  /** The tab's address changed: a robot check ("/sorry/") or another page ends the tab's "Load all". */
  tabNavigated(tabId: number, url: string): void {
    const watch = this.loading.get(tabId);
    if (!watch?.url) return;
    const to = new URL(url);
    const from = new URL(watch.url);
    if (to.origin === from.origin && to.pathname === from.pathname) return;
    const loaded = watch.loaded ?? 0;
    if (/^\/sorry(?:\/|$)/.test(to.pathname))
      this.reportLoadAll(tabId, {
        state: 'robot',
        loaded,
        message: 'Google replaced the page with its robot check. Answer it, then open the list again.',
      });
    else this.reportLoadAll(tabId, { state: 'error', loaded, message: 'The page changed while loading; loading stopped.' });
  }

  private reportLoadAll(tabId: number, progress: LoadAllProgress): void {
    const watch = this.loading.get(tabId);
    if (!watch) return;
    if (progress.state !== 'loading') this.loading.delete(tabId);
    try {
      watch.port.postMessage(progress);
    } catch {
      // The popup closed: its disconnect already cancelled the run.
    }
  }

  /**
   * A fresh scan of the tab, validated entry by entry (unusable entries are left out and counted), held under a new
   * scan id, with each entry's status against the library.
   */
  async review(tabId: number): Promise<Review> {
    let raw: unknown;
    try {
      raw = await this.ports.requestScan(tabId);
    } catch (e) {
      return { tabId, scan: null, entries: [], error: `Papershelf cannot read this page (${e instanceof Error ? e.message : String(e)}).` };
    }
    if (raw === null || raw === undefined) return { tabId, scan: null, entries: [] };
    const parsed = validatePageScan(raw);
    if (!parsed.ok) return { tabId, scan: null, entries: [], error: `The page sent data Papershelf cannot use: ${parsed.error}` };
    const { dropped } = parsed;
    const scan = cleanScan(parsed.scan);
    await this.ports.setBadge(tabId, badgeText(scan.entries.length));
    const entries = await reviewScan(await this.library(), scan);
    const scanId = this.holdScan(tabId, scan);
    return { tabId, scanId, scan: headerOf(scan), entries, ...(dropped ? { dropped } : {}) };
  }

  /** Save entries of the scan a review returned (`scanId`), by their indices in it. */
  async saveFromTab(tabId: number, scanId: string, indices: number[] | 'all', tags?: string[]): Promise<Reply<{ report: SaveReport }>> {
    const held = await this.scans.get(scanId);
    if (!held || held.tabId !== tabId) return { ok: false, error: STALE_REVIEW };
    const { scan } = held;
    const outside = indices === 'all' ? undefined : indices.find((i) => i >= scan.entries.length);
    if (outside !== undefined)
      return { ok: false, error: `Entry ${outside} is not in the reviewed scan (${scan.entries.length} entries).` };
    const chosen = indices === 'all' ? scan.entries : indices.map((i) => scan.entries[i]!);
    if (chosen.length === 0) return { ok: false, error: 'Nothing selected.' };
    const report = await saveCandidates(await this.library(), chosen, sourceOf(scan), { tags });
    return { ok: true, report };
  }

  /** Keyboard shortcut / context menu: scan the tab and save everything on it. */
  async captureTab(tabId: number): Promise<Reply<{ report: SaveReport }>> {
    const review = await this.review(tabId);
    if (!review.scanId || review.entries.length === 0) {
      await this.ports.setBadge(tabId, review.error ? 'err' : '0', '#b00020');
      return { ok: false, error: review.error ?? 'No papers found on this page.' };
    }
    const result = await this.saveFromTab(tabId, review.scanId, 'all');
    if (result.ok) await this.ports.setBadge(tabId, `+${result.report.added}`, '#1b7f3b');
    return result;
  }

  /**
   * Context menu on a selection: the selected elements read like a page (`elements`, from the injected reader) or the
   * selected text read as a publication list, whichever saw more of it (lib/sites/selected-list.ts); then save.
   */
  async captureSelection(text: string, pageUrl: string, elements?: unknown): Promise<Reply<{ report: SaveReport }>> {
    const url = /^https?:/.test(pageUrl) ? new URL(pageUrl) : new URL('https://selection.invalid/');
    const validated = validatePageScan(parseVisibleText(text, url, new Date()));
    if (!validated.ok) return { ok: false, error: validated.error };
    const fromText = cleanScan(validated.scan);
    const elementsScan = elements === undefined || elements === null ? null : validatePageScan(elements);
    const fromElements = elementsScan?.ok ? cleanScan({ ...elementsScan.scan, url: fromText.url }) : null;
    const scan =
      fromElements && preferredSelectionReading(fromElements.entries, fromText.entries) === fromElements.entries ? fromElements : fromText;
    if (scan.entries.length === 0) return { ok: false, error: 'No papers found in the selection.' };
    const report = await saveCandidates(await this.library(), scan.entries, { ...sourceOf(scan), context: 'selection' });
    return { ok: true, report };
  }
}

/** What the injected selection reader returned: its text (else the browser's plain selection text) and its elements' reading. */
export function selectionReadings(result: unknown, fallback: string): { text: string; elements?: unknown } {
  const reading = typeof result === 'object' && result !== null ? (result as { text?: unknown; elements?: unknown }) : {};
  const text = typeof reading.text === 'string' && reading.text.trim() ? reading.text : fallback;
  return reading.elements === undefined || reading.elements === null ? { text } : { text, elements: reading.elements };
}

function headerOf({ entries: _entries, ...header }: PageScan): ScanHeader {
  return header;
}

function sourceOf(scan: ScanHeader) {
  const context = scan.context?.name ?? scan.context?.title;
  return { site: scan.site, url: scan.url, kind: scan.kind, ...(context ? { context } : {}) };
}
