/**
 * Messages from the popup to the background with a time limit and a failure a person can read. A reply never
 * comes when the service worker stops mid-request (Chrome rejects with "message channel closed", or the promise
 * resolves to undefined), or hangs: each becomes `{ ok: false, error, lost: true }`, and the caller re-reads the
 * library for what actually happened.
 */

type Failure = { ok: false; error: string; /** No reply: the request may or may not have taken effect. */ lost?: true };
export type Answer<T> = ({ ok: true } & T) | Failure;

/** How long each request may take before the popup stops waiting (a 20,000-entry page is read and saved well within). */
export const TIMEOUT_MS = { review: 60_000, save: 120_000, undo: 60_000 } as const;

const STOPPED = "Papershelf's background stopped before it answered";

/** Chrome's and Firefox's wording for a reply that will never come, in plain words. */
export function readableFailure(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  if (
    /message channel closed|message port closed|Receiving end does not exist|Could not establish connection|context invalidated|Extension context|disconnected/i.test(
      raw,
    )
  )
    return `${STOPPED}.`;
  return `Papershelf's background could not answer (${raw.split('\n')[0]!.slice(0, 200)}).`;
}

export async function callBackground<T extends object>(send: () => Promise<unknown>, timeoutMs: number): Promise<Answer<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Failure>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({ ok: false, lost: true, error: `Papershelf's background did not answer within ${Math.round(timeoutMs / 1000)} seconds.` }),
      timeoutMs,
    );
  });
  const reply = send().then(
    (r): Answer<T> => {
      if (r && typeof r === 'object' && 'ok' in r) return r as Answer<T>;
      return { ok: false, lost: true, error: `${STOPPED}.` };
    },
    (e): Failure => ({ ok: false, lost: true, error: readableFailure(e) }),
  );
  try {
    return await Promise.race([reply, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
