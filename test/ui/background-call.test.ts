import { afterEach, describe, expect, it, vi } from 'vitest';
import { callBackground, readableFailure } from '../../lib/ui/popup/background-call';

afterEach(() => {
  vi.useRealTimers();
});

describe('popup -> background calls: a time limit and a failure a person can read', () => {
  it('passes answers through, refusals included', async () => {
    expect(await callBackground(async () => ({ ok: true, report: { added: 1 } }), 1000)).toEqual({ ok: true, report: { added: 1 } });
    expect(await callBackground(async () => ({ ok: false, error: 'Nothing selected.' }), 1000)).toEqual({
      ok: false,
      error: 'Nothing selected.',
    });
  });

  it('a worker that stopped mid-request (Chrome rejects, or answers undefined) is a lost answer in plain words', async () => {
    const closed = new Error(
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    );
    expect(await callBackground(() => Promise.reject(closed), 1000)).toEqual({
      ok: false,
      lost: true,
      error: "Papershelf's background stopped before it answered.",
    });
    expect(await callBackground(async () => undefined, 1000)).toEqual({
      ok: false,
      lost: true,
      error: "Papershelf's background stopped before it answered.",
    });
    expect(readableFailure(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(
      "Papershelf's background stopped before it answered.",
    );
    expect(readableFailure(new Error('Something odd\nwith a second line'))).toBe(
      "Papershelf's background could not answer (Something odd).",
    );
  });

  it('no answer within the time limit ends the wait', async () => {
    vi.useFakeTimers();
    const pending = callBackground(() => new Promise(() => {}), 120_000);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(await pending).toEqual({ ok: false, lost: true, error: "Papershelf's background did not answer within 120 seconds." });
  });
});
