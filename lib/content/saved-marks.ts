/**
 * The "Saved" marks: beside each title of an entry the library holds, a small quiet mark in its own shadow root,
 * inserted after the title element (or, for a block title, as its last child), never inside the page's text. After
 * the page is idle, one message carries every entry's identity keys; the background answers from the lookup index.
 * Changes arrive as a `libraryChanged` message from the background and a storage change of the setting: no polling.
 */
import type { Candidate, SavedLookupReply, ToContentMessage } from '../model';
import type { EntryTitle, SiteAdapter } from '../sites/adapter';
import { findAdapterIn } from '../sites/find';
import { candidateIdentity, identityKeys, titleKey } from '../identity';
import { cleanLine } from '../text/clean';
import type { Runtime } from './page-watcher';
import { SHOW_SAVED_MARKS, marksShown, type SettingsStorage } from './saved-marks-setting';

const MARK_ATTRIBUTE = 'data-papershelf-saved';

/**
 * An entry's identity keys exactly as the library computes them when the entry is saved: its title and first author
 * cleaned as the background cleans them (lib/text/clean.ts cleanCandidate), then identityKeys.
 */
export function entryKeys(c: Candidate): string[] {
  let first: string | undefined;
  for (const a of c.authors) if ((first = cleanLine(a))) break;
  return identityKeys(candidateIdentity({ ...c, title: cleanLine(c.title), authors: first ? [first] : [] }));
}

const CHANGE_COALESCE_MS = 150;

/** "Saved", "Saved, 1 tag", "Saved, 2 tags". */
export function markLabel(tags: number): string {
  return tags === 0 ? 'Saved' : `Saved, ${tags} tag${tags === 1 ? '' : 's'}`;
}

/**
 * Which title elements get a mark, and with how many tags: entries and titles are matched by their normalised title
 * (titleKey); a title shown twice is marked twice.
 */
export function marksForTitles(
  entries: readonly Candidate[],
  saved: readonly ({ tags: number } | null)[],
  titles: readonly EntryTitle[],
): Map<Element, number> {
  const byTitle = new Map<string, number>();
  entries.forEach((c, i) => {
    const mark = saved[i];
    if (!mark) return;
    const key = titleKey(c.title);
    byTitle.set(key, Math.max(byTitle.get(key) ?? 0, mark.tags));
  });
  const out = new Map<Element, number>();
  if (byTitle.size === 0) return out;
  for (const { element, title } of titles) {
    const tags = byTitle.get(titleKey(title));
    if (tags !== undefined) out.set(element, tags);
  }
  return out;
}

const BLOCK_TITLE = /^(?:DIV|P|H[1-6]|LI|TD|DD|DT|SECTION|ARTICLE)$/;
const STYLE =
  ':host{all:initial;display:inline}' +
  'span{display:inline-block;margin-left:.4em;padding:0 .35em;border:1px solid #9aa5b1;border-radius:.6em;' +
  'font:500 10px/1.5 system-ui,sans-serif;color:#52606d;background:transparent;vertical-align:middle;white-space:nowrap}' +
  '@media (prefers-color-scheme:dark){span{color:#cbd2d9;border-color:#616e7c}}';

function markHost(doc: Document, tags: number): HTMLElement {
  const host = doc.createElement('papershelf-mark');
  host.setAttribute(MARK_ATTRIBUTE, String(tags));
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const label = doc.createElement('span');
  label.textContent = 'Saved';
  label.title = markLabel(tags);
  root.append(style, label);
  return host;
}

function updateHost(host: Element, tags: number): void {
  if (host.getAttribute(MARK_ATTRIBUTE) === String(tags)) return;
  host.setAttribute(MARK_ATTRIBUTE, String(tags));
  const label = host.shadowRoot?.querySelector('span');
  if (label) label.title = markLabel(tags);
}

/** The marks currently on the page, by the title element they belong to. */
class MarkLayer {
  private readonly hosts = new Map<Element, Element>();

  constructor(private readonly doc: Document) {}

  /** Make the page show exactly these marks: new ones added, changed ones updated, the rest removed. */
  show(marks: Map<Element, number>): void {
    for (const [title, host] of this.hosts) {
      if (!marks.has(title) || !title.isConnected || !host.isConnected) {
        host.remove();
        this.hosts.delete(title);
      }
    }
    for (const [title, tags] of marks) {
      const existing = this.hosts.get(title);
      if (existing) {
        updateHost(existing, tags);
        continue;
      }
      const host = markHost(this.doc, tags);
      if (BLOCK_TITLE.test(title.tagName)) title.append(host);
      else title.after(host);
      this.hosts.set(title, host);
    }
  }

  clear(): void {
    this.show(new Map());
  }
}

/** The browser's own storage object, or undefined where the content script has none. */
export function nativeStorage(): SettingsStorage | undefined {
  const g = globalThis as unknown as { browser?: { storage?: SettingsStorage }; chrome?: { storage?: SettingsStorage } };
  return g.browser?.storage ?? g.chrome?.storage;
}

export interface SavedMarks {
  /**
   * Recompute the marks (after the page is idle, and when the list grew), given the background's reply to the page's
   * count: it says how many papers the library holds, and an empty library costs the page no extraction.
   */
  refresh(countReply?: unknown): void;
}

/**
 * Start the marks for a site's content script: nothing is read or sent until refresh() is called, and the setting
 * (`settingsStorage()`, the browser's storage object or undefined) is read only once the library holds papers.
 */
export function startSavedMarks(
  runtime: Runtime,
  // Not named `storage`: WXT's auto-import plugin would bundle its own storage module for a call of that name.
  settingsStorage: () => SettingsStorage | undefined,
  adapters: SiteAdapter[],
  doc: Document = document,
): SavedMarks {
  const layer = new MarkLayer(doc);
  let shown: boolean | undefined; // unknown until the setting is read
  let wanted = false; // refresh() was called at least once: the page is idle
  let libraryEmpty = false; // as the last count reply said; any library change makes it unknown again
  let generation = 0;

  const compute = async () => {
    const mine = ++generation;
    const url = new URL(location.href);
    const found = findAdapterIn(adapters, [], doc, url);
    if (!found?.adapter.titles || libraryEmpty) return layer.clear();
    const { entries } = found.adapter.extract(doc, url);
    if (entries.length === 0) return layer.clear();
    const reply = (await runtime
      .sendMessage({ type: 'savedLookup', keys: entries.map(entryKeys) })
      .catch(() => null)) as SavedLookupReply | null;
    if (mine !== generation || !shown) return; // a newer refresh, or the setting was turned off meanwhile
    if (!reply?.ok) return;
    layer.show(marksForTitles(entries, reply.saved, found.adapter.titles(doc, url)));
  };
  const run = (): void => {
    if (!wanted) return;
    if (libraryEmpty) {
      generation++;
      return layer.clear();
    }
    if (shown === undefined) return readSetting();
    if (!shown) {
      generation++;
      layer.clear();
      return;
    }
    void compute();
  };

  // Read (and follow) the setting only once marks may be wanted: a page whose library is empty never touches storage.
  let reading = false;
  const readSetting = (): void => {
    if (reading) return;
    reading = true;
    const settings = settingsStorage();
    if (!settings) {
      shown = true;
      return run();
    }
    settings.local
      .get(SHOW_SAVED_MARKS)
      .then((v) => {
        shown ??= marksShown(v[SHOW_SAVED_MARKS]);
        run();
      })
      .catch(() => {
        shown ??= true;
        run();
      });
    settings.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(SHOW_SAVED_MARKS in changes)) return;
      shown = marksShown(changes[SHOW_SAVED_MARKS]!.newValue);
      run();
    });
  };

  // The background and the side panel may both relay one change: one refresh per burst.
  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  runtime.onMessage.addListener((message) => {
    if ((message as ToContentMessage | null)?.type !== 'libraryChanged' || changeTimer !== undefined) return undefined;
    changeTimer = setTimeout(() => {
      changeTimer = undefined;
      libraryEmpty = false;
      run();
    }, CHANGE_COALESCE_MS);
    return undefined;
  });

  return {
    refresh(countReply) {
      wanted = true;
      libraryEmpty = (countReply as { libraryPapers?: unknown } | null | undefined)?.libraryPapers === 0;
      run();
    },
  };
}
