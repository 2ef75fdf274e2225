import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../lib/ui/after-paint';

describe('afterPaint', () => {
  let frames: (() => void)[];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the next frame and then one task (the frame is painted before the task runs)', async () => {
    let done = false;
    void afterPaint().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(done).toBe(false);
    frames.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('does not hang in a hidden page that gets no frames', async () => {
    let done = false;
    void afterPaint(100).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(done).toBe(true);
    frames.shift()!(); // a late frame changes nothing
  });
});
