/**
 * The toolbar's import and sync tools as they first render (disabled: the library not open yet), shown while their
 * code (the writer, import, sync) loads after the side panel's first rows, so the header keeps its size and nothing
 * below it moves when they arrive. The same buttons as the first render of FileTools, FolderSync and SavedMarksToggle.
 */
export function ToolsPlaceholder() {
  const canWriteBack = typeof (window as { showOpenFilePicker?: unknown }).showOpenFilePicker === 'function';
  return (
    <>
      <button type="button" class="btn" disabled>
        Import…
      </button>
      <button type="button" class="btn" disabled>
        Sync with file…
      </button>
      {canWriteBack && (
        <button type="button" class="btn" disabled>
          New sync file…
        </button>
      )}
      <button type="button" class="btn" disabled>
        Sync folder…
      </button>
      <label class="btn">
        <input type="checkbox" checked disabled /> Marks on pages
      </label>
    </>
  );
}
