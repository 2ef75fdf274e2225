import { CHANNEL } from './reads';

/** What the background tells every tab's content script when the library changed (its "Saved" marks refresh). */
const LIBRARY_CHANGED = { type: 'libraryChanged' } as const;

/** The slice of `tabs` the relay uses. */
export interface TabsApi {
  query(q: object): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** Tell every tab's content script; tabs without one reject, and that is fine. */
export async function notifyTabs(tabs: TabsApi): Promise<void> {
  const all = await tabs.query({});
  await Promise.all(all.map((t) => (t.id === undefined ? undefined : tabs.sendMessage(t.id, LIBRARY_CHANGED).catch(() => {}))));
}

/**
 * Relay the library's change announcements (the BroadcastChannel every writer posts to: popup saves, side panel edits,
 * shortcut and menu captures in the background itself) to the tabs, once per burst of changes. Both the background
 * and the side panel run one: Chrome does not wake a stopped service worker for a BroadcastChannel message, so the
 * side panel's own writes (tags, deletes, imports) reach the tabs from the side panel too (pages coalesce the two).
 */
export function relayLibraryChanges(notifyTabs: () => Promise<void>, delayMs = 100): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  let timer: ReturnType<typeof setTimeout> | undefined;
  channel.onmessage = () => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void notifyTabs().catch(() => {});
    }, delayMs);
  };
  return () => {
    clearTimeout(timer);
    channel.close();
  };
}
