/** The side panel's toolbar tools (import, file and folder sync, the marks setting): loaded after the first rows. */
import { browser } from 'wxt/browser';
import { openLibrary } from '../../lib/library/store';
import type { ExportedFile } from '../../lib/library/export';
import { FileTools } from '../../lib/ui/file-tools/FileTools';
import { FolderSync } from '../../lib/ui/file-tools/FolderSync';
import { SavedMarksToggle } from '../../lib/ui/settings/SavedMarksToggle';

export function PanelTools({ download }: { download(file: ExportedFile): void }) {
  return (
    <>
      <FileTools openDb={openLibrary} download={download} />
      <FolderSync openDb={openLibrary} download={download} />
      <SavedMarksToggle storage={browser.storage.local} />
    </>
  );
}
