import { useEffect, useRef, useState } from 'preact/hooks';
import type { LoadAllProgress } from '../../model';
import { plural } from '../format-display';

/** A running "Load all": Cancel asks the page to stop; close drops the connection (the popup went away). */
export interface LoadAllHandle {
  cancel(): void;
  close(): void;
}

/** Start pressing the page's own "Show more"; every progress report, the last one saying why it stopped. */
export type StartLoadAll = (onProgress: (p: LoadAllProgress) => void) => LoadAllHandle;

/** "Loaded 140 of 347" / "Loaded 140". */
function loadedText(p: Pick<LoadAllProgress, 'loaded' | 'total'>): string {
  return p.total !== undefined ? `Loaded ${p.loaded} of ${p.total}` : `Loaded ${p.loaded}`;
}

/** What a stopped run says, in plain words. */
function stoppedText(p: LoadAllProgress): string {
  const kept = `${plural(p.loaded, 'paper')} on the page`;
  switch (p.state) {
    case 'done':
      return `Loaded the whole list: ${kept}.`;
    case 'cancelled':
      return `Cancelled: ${kept}.`;
    case 'robot':
      return `The site showed a robot check${p.message ? ` (“${p.message}”)` : ''}. Stopped with ${kept}, in the review below. Answer the check on the page, then press “Load all” again for the rest.`;
    case 'stalled':
      return `Loading stopped: ${p.message ?? 'no more rows came'} ${kept}, in the review below.`;
    default:
      return `Could not load the rest: ${p.message ?? 'unknown error'}`;
  }
}

/**
 * "Load all N": the page holds only the first rows of its list, and its own "Show more" loads the rest. Shown while the
 * scan offers it (`offer`) or while a run has something to say; `onStopped` re-reads the page when a run ends.
 */
export function LoadAll({ offer, start, onStopped }: { offer?: { total?: number }; start: StartLoadAll; onStopped: () => void }) {
  const [progress, setProgress] = useState<LoadAllProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const handle = useRef<LoadAllHandle | null>(null);
  useEffect(() => () => handle.current?.close(), []);

  const run = () => {
    setCancelling(false);
    setProgress({ state: 'loading', loaded: 0, ...(offer?.total !== undefined ? { total: offer.total } : {}) });
    handle.current = start((p) => {
      setProgress(p);
      if (p.state === 'loading') return;
      handle.current?.close();
      handle.current = null;
      onStopped();
    });
  };
  const cancel = () => {
    setCancelling(true);
    handle.current?.cancel();
  };

  if (progress?.state === 'loading')
    return (
      <div class="load-all" role="group" aria-label="Load all">
        <span role="status" aria-live="polite">
          {cancelling ? 'Cancelling…' : `${loadedText(progress)}…`}
        </span>
        <button type="button" class="link" onClick={cancel} disabled={cancelling}>
          Cancel
        </button>
      </div>
    );
  if (!offer && !progress) return null;
  const failed = progress && progress.state !== 'done' && progress.state !== 'cancelled';
  return (
    <div class="load-all" role="group" aria-label="Load all">
      {progress && (
        <span class={failed ? 'error' : 'muted'} role={failed ? 'alert' : 'status'}>
          {stoppedText(progress)}
        </span>
      )}
      {offer && (
        <button
          type="button"
          class="ghost"
          onClick={run}
          title="Press the page's own “Show more” until the whole list is here, about once a second"
        >
          {offer.total !== undefined ? `Load all ${offer.total}` : 'Load all'}
        </button>
      )}
    </div>
  );
}
