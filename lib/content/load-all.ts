/**
 * "Load all": press the site's own "Show more" control until the whole list is on the page, as a person would: one
 * press, wait until the rows actually arrive, then at least a second before the next. Stops when the control is
 * disabled or gone, at the site's robot check, when nothing arrives in time, or on Cancel. No request of its own.
 */
import type { LoadAllProgress, ToContentMessage } from '../model';
import type { LoadMore, SiteAdapter } from '../sites/adapter';
import { findAdapterIn } from '../sites/find';
import type { Runtime } from './page-watcher';

/** Least time from one press to the next. */
export const PRESS_INTERVAL_MS = 1000;
/** Least time after rows arrive before the control is read again (the site re-enables it after appending). */
const SETTLE_MS = 250;
/** How long one press may take to bring rows before loading stops. */
export const ROWS_TIMEOUT_MS = 15_000;
/** Most presses in one run (Scholar pages by 100: 50,000 rows). */
export const MAX_PRESSES = 500;

/** The page as the loop sees it. */
export interface LoadablePage {
  control(): HTMLElement | null;
  rows(): number;
  robotCheck(): { text: string } | null;
  total(): number | undefined;
  /** Calls `cb` on every change of the page until the returned function is called. */
  onChange(cb: () => void): () => void;
}

export interface LoadAllRun {
  cancel(): void;
  done: Promise<LoadAllProgress>;
}

/** Press `page.control()` until the list is whole; `report` gets the progress after each press that brought rows. */
export function loadAll(page: LoadablePage, report: (p: LoadAllProgress) => void): LoadAllRun {
  let cancelled = false;
  let wake: (() => void) | undefined;
  const progress = (state: LoadAllProgress['state'], message?: string): LoadAllProgress => {
    const total = page.total();
    return {
      state,
      loaded: page.rows(),
      ...(total !== undefined ? { total } : {}),
      ...(message ? { message: message.slice(0, 300) } : {}),
    };
  };

  /** Resolves when `ready()` holds (checked on every page change), on cancel if `cancellable`, or after `ms`. */
  const waitUntil = (ready: () => boolean, ms: number, cancellable = true) =>
    new Promise<void>((resolve) => {
      let stop = () => {};
      const finish = () => {
        clearTimeout(timer);
        stop();
        wake = undefined;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      wake = cancellable ? finish : undefined;
      stop = page.onChange(() => {
        if (ready()) finish();
      });
      if ((cancellable && cancelled) || ready()) finish();
    });
  const sleep = (ms: number) => waitUntil(() => false, ms);

  const run = async (): Promise<LoadAllProgress> => {
    report(progress('loading'));
    for (let presses = 0; ; presses++) {
      if (cancelled) return progress('cancelled');
      const check = page.robotCheck();
      if (check) return progress('robot', check.text);
      const control = page.control();
      if (!control) return progress('done');
      if (presses >= MAX_PRESSES) return progress('stalled', `Stopped after ${MAX_PRESSES} presses of the site's "Show more".`);
      const before = page.rows();
      const pressedAt = Date.now();
      control.click();
      // Cancel means no further press: the rows of this one are already on their way, and the review should hold them.
      await waitUntil(() => page.rows() > before || page.robotCheck() !== null, ROWS_TIMEOUT_MS, false);
      const robot = page.robotCheck();
      if (robot) return progress('robot', robot.text);
      if (page.rows() <= before) {
        if (!page.control()) return progress('done');
        return progress('stalled', `The site sent no more rows within ${ROWS_TIMEOUT_MS / 1000} seconds.`);
      }
      if (cancelled) return progress('cancelled');
      report(progress('loading'));
      await sleep(Math.max(SETTLE_MS, PRESS_INTERVAL_MS - (Date.now() - pressedAt)));
    }
  };

  return {
    cancel() {
      cancelled = true;
      wake?.();
    },
    done: run(),
  };
}

/** The live document as a LoadablePage, changes seen by one MutationObserver on the body while a press waits. */
function livePage(doc: Document, loadMore: LoadMore): LoadablePage {
  return {
    control: () => loadMore.control(doc),
    rows: () => loadMore.rows(doc),
    robotCheck: () => loadMore.robotCheck(doc, new URL(doc.location.href)),
    total: () => loadMore.expectedTotal?.(doc),
    onChange(cb) {
      const observer = new MutationObserver(cb);
      observer.observe(doc.body, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['disabled', 'aria-disabled', 'src'],
      });
      return () => observer.disconnect();
    },
  };
}

const MARK = '__papershelfLoadAll';

/**
 * Answer the background's `loadAll` and `loadAllCancel` on a page whose adapter has `loadMore`; progress goes back as
 * `loadAllProgress` messages (the background validates them and passes them to the popup).
 */
export function answerLoadAll(runtime: Runtime, adapters: SiteAdapter[]): void {
  const w = window as unknown as Record<string, unknown>;
  if (w[MARK]) return;
  w[MARK] = true;
  let current: LoadAllRun | undefined;
  const send = (p: LoadAllProgress) => void runtime.sendMessage({ type: 'loadAllProgress', url: location.href, ...p }).catch(() => {});

  runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const m = message as ToContentMessage | null;
    if (m?.type === 'loadAllCancel') {
      current?.cancel();
      sendResponse({ ok: true });
      return false;
    }
    if (m?.type !== 'loadAll') return undefined;
    const found = findAdapterIn(adapters, [], document, new URL(location.href));
    const loadMore = found?.adapter.loadMore;
    if (!loadMore) {
      sendResponse({ ok: false, error: 'This page has no "Show more" for Papershelf to press.' });
      return false;
    }
    if (!current) {
      const run = loadAll(livePage(document, loadMore), send);
      current = run;
      void run.done.then((last) => {
        current = undefined;
        send(last);
      });
    }
    sendResponse({ ok: true });
    return false;
  });
}
