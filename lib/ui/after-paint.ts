/** Work that would hold the main thread longer than this shows its status first. */
export const SHOW_STATUS_ABOVE = 1000;

/**
 * Resolves once the browser has painted what is in the DOM now, so a status set just before long synchronous
 * work (parsing a 20 MB file, merging 20k papers) is on screen while it runs. A hidden page gets no frames:
 * a timer stands in for the frame there.
 */
export function afterPaint(hiddenFallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let started = false;
    const next = () => {
      if (started) return;
      started = true;
      setTimeout(resolve, 0);
    };
    requestAnimationFrame(next);
    setTimeout(next, hiddenFallbackMs);
  });
}
