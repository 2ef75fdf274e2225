import { CHANNEL } from '../library/store';

/** What the background tells every tab's content script when the library changed (its "Saved" marks refresh). */
export const LIBRARY_CHANGED = { type: 'libraryChanged' } as const;

/**
 * Relay the library's change announcements (the BroadcastChannel every writer posts to: popup saves, side panel edits,
 * shortcut and menu captures in the background itself) to the tabs, once per burst of changes.
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
