import { render } from 'preact';
import { browser } from 'wxt/browser';
import { wrapLibrary, type LibraryDb } from '../../lib/library/reads';
import { firstRowsSettled, takeEarlySearch, takeFirstRows, takeIndexReadAhead, takePreopened } from '../../lib/library/preopen';
import { downloadText } from '../../lib/ui/download';
import { Deferred } from '../../lib/ui/deferred';
import { ToolsPlaceholder } from '../../lib/ui/file-tools/ToolsPlaceholder';
import { SidePanel, type SidePanelEnv } from '../../lib/ui/sidepanel/SidePanel';
import { notifyTabs, relayLibraryChanges } from '../../lib/library/change-relay';
import { panelWorker } from '../../lib/ui/file-tools/file-worker-client';
import '../../lib/ui/theme.css';
import '../../lib/ui/sidepanel/sidepanel.css';

performance.mark('papershelf:script-start');
// The pages' "Saved" marks follow this panel's own writes even while the background's worker is stopped.
relayLibraryChanges(() => notifyTabs(browser.tabs));

// This module is the panel's critical path: it carries what the first rows and the search need, and nothing of the
// writer (store.ts: zod and the model's schemas), import, export or sync, which load after the first rows.
/** Opening (and creating or upgrading) the library is the writer's: only when the pre-open could not. */
const openLibrary = async () => (await import('../../lib/library/store')).openLibrary();

// Opening began in library-preopen.js while this module loaded (or begins now, if that script has not run yet).
const preopened = takePreopened();
let opening: Promise<LibraryDb> | undefined = (async () => {
  const raw = preopened ? await preopened : null;
  return raw ? wrapLibrary(raw) : openLibrary();
})();

const env: SidePanelEnv = {
  openDb() {
    const db = opening ?? openLibrary();
    opening = undefined; // a retry after an error opens afresh
    return db;
  },
  async activePageUrl() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url;
  },
  watchActivePage(onChange) {
    const onActivated = () => onChange();
    const onUpdated = (_id: number, info: { url?: string; status?: string }, tab: { active?: boolean }) => {
      if (tab.active && (info.url || info.status === 'complete')) onChange();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows?.onFocusChanged?.addListener(onActivated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows?.onFocusChanged?.removeListener(onActivated);
    };
  },
  // The text parser loads on first use: the first screen does not wait for it.
  // Export reads, keys and formats in the panel's worker: a 20k-paper BibTeX file costs the page no long task.
  exportPapers: (format, ids) => panelWorker.call({ op: 'export', format, ids }),
  searchIndexReadAhead: () => takeIndexReadAhead(),
  // Packing the search index reads every paper: in the worker too.
  packSearchIndex: async (_db, always) => (await panelWorker.call({ op: 'packSearchIndex', always })) ?? undefined,
  download: (file) => downloadText(file.filename, file.mime, file.text),
  parseVisibleText: async (text, url, viewedAt) => (await import('../../lib/text/parse')).parseVisibleText(text, url, viewedAt),
};

// The first screen: the pre-open script draws it as soon as its read is in (it usually is before this module is),
// then answers its search box once it has read the stored search index; then the panel renders the same screen
// (with the same query and results) over it, in one task. Rendered into the drawn markup, Preact reuses its
// elements (setting only what differs) instead of building the screen a second time, so the search box the reader may
// be typing in stays the same element. (Timed, the takeover costs about the same either way: ~13 ms at 20k papers.)
void firstRowsSettled().then(async () => {
  const earlySearch = await takeEarlySearch();
  performance.mark('papershelf:render-start');
  const firstScreen = takeFirstRows();
  const app = document.getElementById('app')!;
  const searchHadFocus = document.activeElement?.id === 'search';
  // What was typed into the drawn screen's search box carries over as if typed into the panel's.
  const typed = document.querySelector<HTMLInputElement>('#search')?.value ?? '';
  render(
    <SidePanel
      env={env}
      firstScreen={firstScreen}
      typed={typed}
      earlySearch={earlySearch}
      syncPlaceholder={<ToolsPlaceholder />}
      syncSlot={
        <Deferred
          what="The import and sync tools"
          until={<ToolsPlaceholder />}
          load={async () => {
            const { PanelTools } = await import('./tools');
            return <PanelTools download={env.download} />;
          }}
        />
      }
    />,
    app,
  );
  if (searchHadFocus) document.querySelector<HTMLInputElement>('#search')?.focus();
});
