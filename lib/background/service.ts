/**
 * The background's logic, independent of the browser API object so it can be tested with fakes.
 * Everything that arrives from a page is validated with zod before it touches the library.
 */
import { z } from 'zod';
import { ContentMessage, PageScan, Paper, UiMessage, type Review, type SaveReport } from '../model';
import { openLibrary, reviewScan, saveCandidates, undoChanges, type LibraryDb } from '../library/store';
import { parseVisibleText } from '../text/parse';
import { cleanScan } from '../text/clean';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface BrowserPorts {
  extensionId: string;
  extensionOrigin: string;
  /** Ask the tab's content script for a fresh scan; injects the script first when the page has none. */
  requestScan(tabId: number): Promise<unknown>;
  setBadge(tabId: number, text: string, color?: string): Promise<void>;
}

export type Reply<T> = ({ ok: true } & T) | { ok: false; error: string };

function describe(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.join('.') || 'message'}: ${first.message}` : 'invalid message';
}

export function badgeText(count: number): string {
  return count === 0 ? '' : count > 999 ? '999+' : String(count);
}

export class PapershelfService {
  private db: Promise<LibraryDb> | undefined;
  /** The last validated scan of each tab, for "save" after "review". */
  private readonly scans = new Map<number, PageScan>();

  constructor(
    private readonly ports: BrowserPorts,
    private readonly openDb: () => Promise<LibraryDb> = () => openLibrary(),
  ) {}

  library(): Promise<LibraryDb> {
    this.db ??= this.openDb();
    return this.db;
  }

  forgetTab(tabId: number): void {
    this.scans.delete(tabId);
  }

  /** Any message: from a content script (sender.tab, page URL) or from an extension page. */
  async handle(message: unknown, sender: Sender): Promise<unknown> {
    if (sender.id !== undefined && sender.id !== this.ports.extensionId) return { ok: false, error: 'unknown sender' };
    const fromExtensionPage = !!sender.url?.startsWith(this.ports.extensionOrigin);
    if (!fromExtensionPage) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'message without a tab' };
      return this.handleContent(message, tabId, sender.tab?.url);
    }
    return this.handleUi(message);
  }

  private async handleContent(message: unknown, tabId: number, tabUrl: string | undefined): Promise<Reply<object>> {
    const parsed = ContentMessage.safeParse(message);
    if (!parsed.success) return { ok: false, error: describe(parsed.error) };
    if (parsed.data.type === 'noScan') {
      this.scans.delete(tabId);
      await this.ports.setBadge(tabId, '');
      return { ok: true };
    }
    const { url, count } = parsed.data;
    if (tabUrl && new URL(tabUrl).origin !== new URL(url).origin) return { ok: false, error: 'page URL does not match the tab' };
    await this.ports.setBadge(tabId, badgeText(count));
    return { ok: true };
  }

  private async handleUi(message: unknown): Promise<unknown> {
    const parsed = UiMessage.safeParse(message);
    if (!parsed.success) return { ok: false, error: describe(parsed.error) };
    const m = parsed.data;
    switch (m.type) {
      case 'review':
        return { ok: true, review: await this.review(m.tabId) };
      case 'save':
        return this.saveFromTab(m.tabId, m.indices, m.tags);
      case 'saveCandidates': {
        const scan = cleanScan(m.scan);
        const report = await saveCandidates(await this.library(), scan.entries, sourceOf(scan), { tags: m.tags });
        return { ok: true, report };
      }
      case 'undo':
        try {
          return { ok: true, outcome: await undoChanges(await this.library(), m.undo, validPaper) };
        } catch (e) {
          return { ok: false, error: e instanceof Error ? e.message : String(e) };
        }
    }
  }

  /** A fresh scan of the tab, validated, with each entry's status against the library. */
  async review(tabId: number): Promise<Review> {
    let raw: unknown;
    try {
      raw = await this.ports.requestScan(tabId);
    } catch (e) {
      return { tabId, scan: null, entries: [], error: `Papershelf cannot read this page (${e instanceof Error ? e.message : String(e)}).` };
    }
    if (raw === null || raw === undefined) {
      this.scans.delete(tabId);
      return { tabId, scan: null, entries: [] };
    }
    const parsed = PageScan.safeParse(raw);
    if (!parsed.success) return { tabId, scan: null, entries: [], error: `The page sent data Papershelf cannot use: ${describe(parsed.error)}` };
    const scan = cleanScan(parsed.data);
    this.scans.set(tabId, scan);
    await this.ports.setBadge(tabId, badgeText(scan.entries.length));
    return { tabId, scan, entries: await reviewScan(await this.library(), scan) };
  }

  async saveFromTab(tabId: number, indices: number[] | 'all', tags?: string[]): Promise<Reply<{ report: SaveReport }>> {
    const scan = this.scans.get(tabId);
    if (!scan) return { ok: false, error: 'No scan for this tab: reopen the popup to scan the page again.' };
    const chosen = indices === 'all' ? scan.entries : indices.map((i) => scan.entries[i]).filter((c) => c !== undefined);
    if (chosen.length === 0) return { ok: false, error: 'Nothing selected.' };
    const report = await saveCandidates(await this.library(), chosen, sourceOf(scan), { tags });
    return { ok: true, report };
  }

  /** Keyboard shortcut / context menu: scan the tab and save everything on it. */
  async captureTab(tabId: number): Promise<Reply<{ report: SaveReport }>> {
    const review = await this.review(tabId);
    if (!review.scan || review.scan.entries.length === 0) {
      await this.ports.setBadge(tabId, review.error ? 'err' : '0', '#b00020');
      return { ok: false, error: review.error ?? 'No papers found on this page.' };
    }
    const result = await this.saveFromTab(tabId, 'all');
    if (result.ok) await this.ports.setBadge(tabId, `+${result.report.added}`, '#1b7f3b');
    return result;
  }

  /** Context menu on selected text: parse it as a publication list and save it. */
  async captureSelection(text: string, pageUrl: string): Promise<Reply<{ report: SaveReport }>> {
    const url = /^https?:/.test(pageUrl) ? new URL(pageUrl) : new URL('https://selection.invalid/');
    const parsed = PageScan.safeParse(parseVisibleText(text, url, new Date()));
    if (!parsed.success) return { ok: false, error: describe(parsed.error) };
    const scan = { data: cleanScan(parsed.data) };
    if (scan.data.entries.length === 0) return { ok: false, error: 'No papers found in the selection.' };
    const report = await saveCandidates(await this.library(), scan.data.entries, { ...sourceOf(scan.data), context: 'selection' });
    return { ok: true, report };
  }
}

/** What the injected selection reader returned, when it is text; else the browser's plain selection text. */
export function selectionOrFallback(result: unknown, fallback: string): string {
  return typeof result === 'string' && result.trim() ? result : fallback;
}

/** A paper an undo would store, checked: undo records from a message carry their parts as opaque values. */
function validPaper(p: Paper): string | undefined {
  const r = Paper.safeParse(p);
  return r.success ? undefined : describe(r.error);
}

function sourceOf(scan: PageScan) {
  const context = scan.context?.name ?? scan.context?.title;
  return { site: scan.site, url: scan.url, kind: scan.kind, ...(context ? { context } : {}) };
}
