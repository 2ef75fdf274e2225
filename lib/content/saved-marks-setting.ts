/** The setting that turns the page's "Saved" marks off: `storage.local[SHOW_SAVED_MARKS] === false`; absent means on. */
export const SHOW_SAVED_MARKS = 'showSavedMarks';

/** The slice of `storage` the marks use, from the browser's own object (no polyfill in the content script). */
export interface SettingsStorage {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
}

export function marksShown(value: unknown): boolean {
  return value !== false;
}
