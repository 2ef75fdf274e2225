import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { PapershelfService, type LoadAllPort } from '../../lib/background/service';
import { openLibrary } from '../../lib/library/store';
import type { LoadAllProgress, ToContentMessage } from '../../lib/model';

const PROFILE = 'https://scholar.google.com/citations?user=XXXX&hl=en';
const fromTab = (id = 7, url = PROFILE) => ({ id: 'abc', url, tab: { id, url } });

/** The popup's end of the port, driven by the test. */
class FakePort implements LoadAllPort {
  received: LoadAllProgress[] = [];
  private messageListeners: ((m: unknown) => void)[] = [];
  private disconnectListeners: (() => void)[] = [];
  postMessage(m: LoadAllProgress) {
    this.received.push(m);
  }
  onMessage = { addListener: (cb: (m: unknown) => void) => void this.messageListeners.push(cb) };
  onDisconnect = { addListener: (cb: () => void) => void this.disconnectListeners.push(cb) };
  send(m: unknown) {
    for (const cb of this.messageListeners) cb(m);
  }
  disconnect() {
    for (const cb of this.disconnectListeners) cb();
  }
}

let told: { tabId: number; message: ToContentMessage }[];
let tabAnswer: () => Promise<unknown>;
let service: PapershelfService;
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(async () => {
  const db = await openLibrary(new IDBFactory());
  told = [];
  tabAnswer = async () => ({ ok: true });
  service = new PapershelfService(
    {
      extensionId: 'abc',
      extensionOrigin: 'chrome-extension://abc',
      requestScan: async () => null,
      setBadge: async () => {},
      tellTab: async (tabId, message) => {
        told.push({ tabId, message });
        return tabAnswer();
      },
    },
    async () => db,
  );
});

describe('"Load all" relay in the background', () => {
  it("starts the tab's loop and passes its validated progress to the popup that asked, and only to it", async () => {
    const port = new FakePort();
    service.connectLoadAll(port);
    port.send({ type: 'start', tabId: 7 });
    await settle();
    expect(told).toEqual([{ tabId: 7, message: { type: 'loadAll' } }]);
    const progress = { type: 'loadAllProgress', url: PROFILE, state: 'loading', loaded: 40 };
    expect(await service.handle(progress, fromTab())).toEqual({ ok: true });
    expect(await service.handle({ ...progress, loaded: 60 }, fromTab(8))).toMatchObject({ ok: false }); // no run in tab 8
    expect(await service.handle({ ...progress, loaded: -1 }, fromTab())).toMatchObject({ ok: false });
    expect(await service.handle({ ...progress, state: 'hacked' }, fromTab())).toMatchObject({ ok: false });
    expect(await service.handle({ ...progress, message: 'x'.repeat(501) }, fromTab())).toMatchObject({ ok: false });
    expect(await service.handle({ ...progress, state: 'done', loaded: 67 }, fromTab())).toEqual({ ok: true });
    expect(port.received).toEqual([
      { state: 'loading', loaded: 40 },
      { state: 'done', loaded: 67 },
    ]);
    // The run is over: later messages from the page go nowhere.
    expect(await service.handle(progress, fromTab())).toMatchObject({ ok: false });
  });

  it('ignores malformed requests from the popup', async () => {
    const port = new FakePort();
    service.connectLoadAll(port);
    port.send({ type: 'start', tabId: 'seven' });
    port.send({ type: 'launch', tabId: 7 });
    await settle();
    expect(told).toEqual([]);
  });

  it('Cancel and a closed popup tell the page to stop', async () => {
    const port = new FakePort();
    service.connectLoadAll(port);
    port.send({ type: 'start', tabId: 7 });
    port.send({ type: 'cancel' });
    await settle();
    expect(told.map((t) => t.message.type)).toEqual(['loadAll', 'loadAllCancel']);
    // The page answers Cancel with its last progress, which still reaches the popup.
    await service.handle({ type: 'loadAllProgress', url: PROFILE, state: 'cancelled', loaded: 40 }, fromTab());
    expect(port.received).toEqual([{ state: 'cancelled', loaded: 40 }]);

    const second = new FakePort();
    service.connectLoadAll(second);
    second.send({ type: 'start', tabId: 7 });
    second.disconnect();
    await settle();
    expect(told.map((t) => t.message.type)).toEqual(['loadAll', 'loadAllCancel', 'loadAll', 'loadAllCancel']);
  });

  it('a page without the loop, or one that refuses, is an error the popup can show', async () => {
    tabAnswer = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const port = new FakePort();
    service.connectLoadAll(port);
    port.send({ type: 'start', tabId: 7 });
    await settle();
    expect(port.received).toEqual([
      { state: 'error', loaded: 0, message: 'Papershelf is not running on this page; reload it and try again.' },
    ]);

    tabAnswer = async () => ({ ok: false, error: 'This page has no "Show more" for Papershelf to press.' });
    const other = new FakePort();
    service.connectLoadAll(other);
    other.send({ type: 'start', tabId: 9 });
    await settle();
    expect(other.received[0]).toMatchObject({ state: 'error', message: 'This page has no "Show more" for Papershelf to press.' });
  });

  it("the tab going to Google's /sorry/ page is a robot-check stop with the count loaded so far", async () => {
    const port = new FakePort();
    service.connectLoadAll(port);
    port.send({ type: 'start', tabId: 7 });
    await service.handle({ type: 'loadAllProgress', url: PROFILE, state: 'loading', loaded: 120 }, fromTab());
    service.tabNavigated(7, PROFILE.replace('hl=en', 'hl=de')); // same page, another query: not a stop
    service.tabNavigated(7, 'https://scholar.google.com/sorry/index?continue=x');
    expect(port.received.at(-1)).toMatchObject({ state: 'robot', loaded: 120 });
  });
});
