/**
 * Model-based test of the library (fast-check `commands`) on fake-indexeddb: random sequences of capture, bulk edits
 * (tags among them), deletes, imports, undo of any earlier action, and exchanges with a second device (its own
 * edits, file sync through one sync file, and two-way merges), against a simple in-memory model; after every step the
 * stored library (papers and tombstones) must equal the model.
 *
 * The second device is plain data in the model (its library as Maps). A sync passes through the file: the other
 * device syncs first (merges the file in and writes its library to it), then this device syncs with that text; the
 * library must equal the merge of both, the text it writes must hold exactly that library, and the other device
 * reading it back must end with the same library. A two-way merge imports the other device's library here and
 * this library there: both must be identical.
 *
 * The model keeps the whole library as Maps and, per action, whole snapshots of the library before and after it. Its
 * undo is the rule written directly over those snapshots: for each paper the action changed, each field (value and
 * write time), identifier, tag and sighting goes back to its before value where the current value is still the
 * action's after value; an added paper goes only if it is exactly as added; a deleted paper comes back only if no paper
 * took its place and the tombstones the action wrote for it are unchanged (then they go back too).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate, Paper, ReadState, Tombstone, UndoRecord } from '../../lib/model';
import { applyCapture, paperFromCandidate } from '../../lib/library/capture';
import { candidateIdentity, identityKeys, primaryKey } from '../../lib/identity';
import { deepEqual, mergeLibraries, normalisePaper } from '../../lib/library/merge';
import { applyImport, readLibrary, syncWithText } from '../../lib/library/file-sync';
import { parseImport } from '../../lib/formats/import';
import { serialiseSyncFile, toSyncFile } from '../../lib/formats/json';
import { deletePapers, editPapers, openLibrary, saveCandidates, undoChanges, type LibraryDb } from '../../lib/library/store';
import { withNote, withReadState, withStarred, withTag } from '../../lib/ui/sidepanel/edits';

interface Lib {
  papers: Map<string, Paper>;
  tombstones: Map<string, Tombstone>;
}
interface Model {
  lib: Lib;
  /** The other device's library. */
  remote: Lib;
  actions: { before: Lib; after: Lib; undone: boolean }[];
  now: number;
}
interface Real {
  db: LibraryDb;
  records: UndoRecord[];
  /** The sync file's text as last written (null: no file yet). */
  file: string | null;
}

const WORKS = 6;
const URLS = ['https://dblp.org/pid/1.html', 'https://arxiv.org/list/cs.LG/new'];
const TAGS = ['ml', 'to read', 'alice'];

/** This work has no identifier on any page: stored under its fingerprint, so a retitle changes its keys but not its id. */
const NO_ID_WORK = WORKS - 1;

/**
 * Work w as a page shows it; variants differ in what they know (venue, abstract, full author list, upvotes). Variant 3
 * also has a DOI: a paper first saved from it is stored under its DOI, so a work can come back under another id.
 */
function candidate(w: number, variant: number): Candidate {
  return {
    title: `Work ${w} on sparse attention`,
    authors: variant === 0 ? ['Ada Lovelace'] : ['Ada Lovelace', 'Alan Turing'],
    authorsTruncated: variant === 0,
    ids: w === NO_ID_WORK ? {} : { arxiv: `2401.0000${w}`, ...(variant === 3 ? { doi: `10.1000/work${w}` } : {}) },
    year: 2024,
    ...(variant === 1 ? { venue: 'ICML' } : {}),
    ...(variant === 2 ? { abstract: 'We study attention.' } : {}),
    signals: { upvotes: variant },
  };
}
const idOf = (w: number) => (w === NO_ID_WORK ? primaryKey(candidateIdentity(candidate(w, 0))) : `arxiv:2401.0000${w}`);
/** The stored id of work w in the model, if it is there. */
const idOfWork = (lib: Lib, w: number) =>
  [...lib.papers.values()].find((p) => (w === NO_ID_WORK ? p.id === idOf(w) : p.ids.arxiv === `2401.0000${w}`))?.id;

const copy = (lib: Lib): Lib => ({ papers: new Map(lib.papers), tombstones: new Map(lib.tombstones) });
const byId = <T extends { id: string }>(xs: Iterable<T>) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

async function expectSame(model: Model, real: Real): Promise<void> {
  expectLibrary(await readLibrary(real.db), model.lib);
}

function expectLibrary(actual: { papers: Iterable<Paper>; tombstones: Iterable<Tombstone> }, expected: Lib): void {
  expect(byId(actual.papers).map(normalisePaper)).toEqual(byId(expected.papers.values()).map(normalisePaper));
  expect(byId(actual.tombstones)).toEqual(byId(expected.tombstones.values()));
}

/** The merge of two libraries as the model takes it; a merge never leaves two papers under one id. */
function merged(a: { papers: Paper[]; tombstones: Tombstone[] }, b: { papers: Paper[]; tombstones: Tombstone[] }): Lib {
  const result = mergeLibraries(a, b);
  expect(result.papers.length).toBe(new Set(result.papers.map((p) => p.id)).size);
  return fromLibrary(result);
}

const asLibrary = (lib: Lib) => ({ papers: [...lib.papers.values()], tombstones: [...lib.tombstones.values()] });
const fromLibrary = (lib: { papers: Paper[]; tombstones: Tombstone[] }): Lib => ({
  papers: new Map(lib.papers.map((p) => [p.id, p])),
  tombstones: new Map(lib.tombstones.map((t) => [t.id, t])),
});
/** What a sync file's text holds, read as this device's sync reads it. */
function fileLibrary(text: string): Lib {
  const parsed = parseImport(text, 'papershelf-sync.json');
  if (!parsed.ok || parsed.format !== 'sync')
    throw new Error(`the sync file does not read back: ${parsed.ok ? parsed.format : parsed.error}`);
  return fromLibrary(parsed);
}

/** Record an action in the model and check the store against it. */
async function done(model: Model, real: Real, before: Lib, record: UndoRecord): Promise<void> {
  model.actions.push({ before, after: copy(model.lib), undone: false });
  real.records.push(JSON.parse(JSON.stringify(record)) as UndoRecord); // as it travels in a message
  await expectSame(model, real);
}

class Capture implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly entries: { work: number; variant: number }[],
    readonly url: number,
    readonly tag: number | null,
  ) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const now = ++model.now;
    const candidates = this.entries.map((e) => candidate(e.work, e.variant));
    const source = { site: 'test', url: URLS[this.url]!, kind: 'feed' as const };
    const tags = this.tag === null ? [] : [TAGS[this.tag]!];
    const before = copy(model.lib);
    const touched = new Map<string, Paper>();
    for (const c of candidates) {
      // The record this entry is: one written earlier in this capture, else the library's, by its strongest shared key.
      const keys = identityKeys(candidateIdentity(c));
      // A record keeps its id when edits change its keys: the id the entry would get names it too.
      const inCapture = keys.map((k) => [...touched.values()].find((p) => p.id === k || identityKeys(p).includes(k))).find((p) => p);
      const saved = [...before.papers.values()];
      const inLibrary =
        keys.map((k) => saved.find((p) => identityKeys(p).includes(k))).find((p) => p) ?? saved.find((p) => p.id === keys[0]);
      const current = inCapture ?? inLibrary;
      const next = current
        ? applyCapture(touched.get(current.id) ?? current, c, source, now, tags).paper
        : paperFromCandidate(c, source, now, tags);
      touched.set(next.id, next);
      model.lib.papers.set(next.id, next);
    }
    const report = await saveCandidates(real.db, candidates, source, { now, tags });
    await done(model, real, before, report.undo!);
  }
  toString = () =>
    `capture(${this.entries.map((e) => `${e.work}/${e.variant}`).join(',')} from ${this.url}${this.tag === null ? '' : ` tag ${TAGS[this.tag]}`})`;
}

type EditKind = 'tag' | 'untag' | 'note' | 'star' | 'read';
class Edit implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly kind: EditKind,
    readonly works: number[],
    readonly value: number,
  ) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const now = ++model.now;
    const change = (p: Paper): Paper => {
      switch (this.kind) {
        case 'tag':
          return withTag(p, TAGS[this.value % TAGS.length]!, true, now);
        case 'untag':
          return withTag(p, TAGS[this.value % TAGS.length]!, false, now);
        case 'note':
          return withNote(p, `note ${this.value}`, now);
        case 'star':
          return withStarred(p, this.value % 2 === 0, now);
        case 'read':
          return withReadState(p, (['unread', 'reading', 'read'] as ReadState[])[this.value % 3]!, now);
      }
    };
    const before = copy(model.lib);
    const ids = [...new Set(this.works.map((w) => idOfWork(model.lib, w) ?? idOf(w)))];
    for (const id of ids) {
      const p = model.lib.papers.get(id);
      if (p) model.lib.papers.set(id, change(p));
    }
    const { undo } = await editPapers(real.db, ids, change, this.kind);
    await done(model, real, before, undo);
  }
  toString = () => `${this.kind}(${this.works.join(',')}; ${this.value})`;
}

class Delete implements fc.AsyncCommand<Model, Real> {
  constructor(readonly works: number[]) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const now = ++model.now;
    const before = copy(model.lib);
    const ids = [...new Set(this.works.map((w) => idOfWork(model.lib, w) ?? idOf(w)))];
    for (const id of ids) {
      const p = model.lib.papers.get(id);
      if (!p) continue;
      model.lib.papers.delete(id);
      model.lib.tombstones.set(id, { id, keys: identityKeys(p).slice(0, 20).sort(), deletedAt: now, paper: p });
    }
    await done(model, real, before, await deletePapers(real.db, ids, now));
  }
  toString = () => `delete(${this.works.join(',')})`;
}

/** A file from another device: copies of some of our papers edited there, papers we lack, deletions new and old. */
class Import implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly edits: { work: number; note: boolean; tag: boolean }[],
    readonly fresh: number[],
    readonly deletions: { work: number; old: boolean }[],
  ) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const now = ++model.now;
    const papers: Paper[] = [];
    for (const e of this.edits) {
      const p = model.lib.papers.get(idOfWork(model.lib, e.work) ?? idOf(e.work));
      if (!p || papers.some((q) => q.id === p.id)) continue;
      let q = e.note
        ? withNote(p, `from the laptop at ${now}`, now)
        : { ...p, title: `${p.title} (revised)`, clock: { ...p.clock, title: now }, updatedAt: now };
      if (e.tag) q = withTag(q, 'laptop', true, now);
      papers.push(q);
    }
    for (const w of this.fresh) {
      if (idOfWork(model.lib, w) || papers.some((q) => q.id === idOf(w))) continue;
      papers.push(paperFromCandidate(candidate(w, 1), { site: 'test', url: 'https://laptop.example/', kind: 'lab' }, now));
    }
    const tombstones = this.deletions.map((d): Tombstone => ({ id: idOf(d.work), keys: [idOf(d.work)], deletedAt: d.old ? 0 : now }));
    const incoming = { papers, tombstones: [...new Map(tombstones.map((t) => [t.id, t])).values()] };
    const before = copy(model.lib);
    model.lib = merged(asLibrary(model.lib), incoming);
    const { undo } = await applyImport(real.db, incoming);
    await done(model, real, before, undo);
  }
  toString = () => `import(edit ${JSON.stringify(this.edits)}, new ${this.fresh.join(',')}, delete ${JSON.stringify(this.deletions)})`;
}

type RemoteKind = 'retitle' | 'note' | 'tag' | 'untag' | 'delete' | 'capture';
/** The other device's own work on its library: edits, a deletion, a capture (nothing reaches this device until a sync or merge). */
class RemoteEdit implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly kind: RemoteKind,
    readonly work: number,
    readonly value: number,
  ) {}
  check = () => true;
  async run(model: Model): Promise<void> {
    const now = ++model.now;
    const r = model.remote;
    const id = idOfWork(r, this.work);
    const p = id ? r.papers.get(id) : undefined;
    if (this.kind === 'capture') {
      const c = candidate(this.work, this.value % 4);
      const source = { site: 'test', url: 'https://laptop.example/', kind: 'lab' as const };
      const next = p ? applyCapture(p, c, source, now).paper : paperFromCandidate(c, source, now);
      r.papers.set(next.id, next);
      return;
    }
    if (!p) return;
    switch (this.kind) {
      case 'retitle':
        r.papers.set(p.id, { ...p, title: `Work ${this.work}, revised ${this.value}`, clock: { ...p.clock, title: now }, updatedAt: now });
        return;
      case 'note':
        r.papers.set(p.id, withNote(p, `laptop note ${this.value}`, now));
        return;
      case 'tag':
      case 'untag':
        r.papers.set(p.id, withTag(p, TAGS[this.value % TAGS.length]!, this.kind === 'tag', now));
        return;
      case 'delete':
        r.papers.delete(p.id);
        r.tombstones.set(p.id, { id: p.id, keys: identityKeys(p).slice(0, 20).sort(), deletedAt: now });
    }
  }
  toString = () => `remote ${this.kind}(${this.work}; ${this.value})`;
}

/** "Sync with file…" on both devices through one file: the other device first, then this one. */
class Sync implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const now = ++model.now;
    // The other device merges the file (if any) into its library and writes its library to the file.
    if (real.file !== null) model.remote = merged(asLibrary(model.remote), asLibrary(fileLibrary(real.file)));
    const file = serialiseSyncFile(toSyncFile(asLibrary(model.remote).papers, asLibrary(model.remote).tombstones, 'laptop', now));
    // This device: the library becomes the merge of both; the text it writes back holds exactly that library.
    model.lib = merged(asLibrary(model.lib), asLibrary(model.remote));
    const outcome = await syncWithText(real.db, file, 'papershelf-sync.json', now);
    if (!outcome.ok) throw new Error(outcome.error);
    real.file = outcome.output;
    await expectSame(model, real);
    expectLibrary(asLibrary(fileLibrary(real.file)), model.lib);
    // The other device reading the file back ends with the same library.
    expectLibrary(asLibrary(merged(asLibrary(model.remote), asLibrary(fileLibrary(real.file)))), model.lib);
  }
  toString = () => 'sync';
}

/** The other device's library imported here (an undoable import), then this library imported there: both identical. */
class MergeBothWays implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    ++model.now;
    const before = copy(model.lib);
    model.lib = merged(asLibrary(model.lib), asLibrary(model.remote));
    const { undo } = await applyImport(real.db, asLibrary(model.remote));
    await done(model, real, before, undo);
    const here = await readLibrary(real.db);
    model.remote = merged(asLibrary(model.remote), here);
    expectLibrary(here, model.remote);
  }
  toString = () => 'merge both ways';
}

/** The model's undo: the rule over whole snapshots. */
function undoInModel(cur: Lib, { before: B, after: A }: { before: Lib; after: Lib }): void {
  const changedIds = [...new Set([...B.papers.keys(), ...A.papers.keys()])].filter((id) => !deepEqual(B.papers.get(id), A.papers.get(id)));
  const changedTombs = [...new Set([...B.tombstones.keys(), ...A.tombstones.keys()])].filter(
    (id) => !deepEqual(B.tombstones.get(id), A.tombstones.get(id)),
  );
  const held = new Set<string>();
  for (const id of changedIds) {
    const b = B.papers.get(id);
    const a = A.papers.get(id);
    const c = cur.papers.get(id);
    if (!b) {
      if (c && deepEqual(c, a)) cur.papers.delete(id);
    } else if (!a) {
      const keys = new Set([id, ...identityKeys(b)]);
      const mine = changedTombs.filter((t) => keys.has(t) || (A.tombstones.get(t) ?? B.tombstones.get(t))!.keys.some((k) => keys.has(k)));
      const takenBy = [...cur.papers.values()].some(
        (p) => p.id === id || (!changedIds.includes(p.id) && identityKeys(p).some((k) => keys.has(k))),
      );
      if (takenBy || !mine.every((t) => deepEqual(cur.tombstones.get(t), A.tombstones.get(t)))) mine.forEach((t) => held.add(t));
      else cur.papers.set(id, b);
    } else if (c) cur.papers.set(id, threeWay(b, a, c));
  }
  for (const t of changedTombs) {
    if (held.has(t) || !deepEqual(cur.tombstones.get(t), A.tombstones.get(t))) continue;
    const bt = B.tombstones.get(t);
    if (bt) cur.tombstones.set(t, bt);
    else cur.tombstones.delete(t);
  }
}

/** Each field (value with its write time), identifier, tag and sighting of `c` back to `b` where it still equals `a`. */
function threeWay(b: Paper, a: Paper, c: Paper): Paper {
  const out: Paper = { ...c, ids: { ...c.ids }, clock: { ...c.clock }, tags: { ...c.tags }, sources: [...c.sources] };
  const rec = (p: Paper) => p as unknown as Record<string, unknown>;
  const back = <T>(bv: T, av: T, cv: T, set: (v: T) => void) => {
    if (!deepEqual(bv, av) && deepEqual(cv, av)) set(bv);
  };
  const setOrDelete = (o: Record<string, unknown>, k: string, v: unknown) => (v === undefined ? delete o[k] : (o[k] = v));
  const whole = new Set(['id', 'ids', 'tags', 'sources', 'clock']);
  const names = new Set(
    [...[b, a, c].flatMap((p) => [...Object.keys(p), ...Object.keys(p.clock)])].filter((k) => !whole.has(k) && !k.startsWith('ids.')),
  );
  for (const f of names) {
    back([rec(b)[f], b.clock[f]], [rec(a)[f], a.clock[f]], [rec(c)[f], c.clock[f]], ([v, t]) => {
      setOrDelete(rec(out), f, v);
      setOrDelete(out.clock, f, t);
    });
  }
  const idName = (k: string) => k.slice(4);
  const idNames = new Set([
    ...[b, a, c].flatMap((p) => [
      ...Object.keys(p.ids),
      ...Object.keys(p.clock)
        .filter((k) => k.startsWith('ids.'))
        .map(idName),
    ]),
  ]);
  for (const n of idNames) {
    const of = (p: Paper) => [(p.ids as Record<string, string>)[n], p.clock[`ids.${n}`]];
    back(of(b), of(a), of(c), ([v, t]) => {
      setOrDelete(out.ids as Record<string, unknown>, n, v);
      setOrDelete(out.clock, `ids.${n}`, t);
    });
  }
  for (const tag of new Set([...Object.keys(b.tags), ...Object.keys(a.tags)]))
    back(b.tags[tag], a.tags[tag], c.tags[tag], (v) => setOrDelete(out.tags, tag, v));
  for (const url of new Set([...b.sources, ...a.sources].map((s) => s.url))) {
    const at = (p: Paper) => p.sources.find((s) => s.url === url);
    back(at(b), at(a), at(c), (v) => {
      const i = out.sources.findIndex((s) => s.url === url);
      if (v && i >= 0) out.sources[i] = v;
      else if (v) out.sources.push(v);
      else if (i >= 0) out.sources.splice(i, 1);
    });
  }
  return out;
}

class Undo implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.actions.some((a) => !a.undone);
  async run(model: Model, real: Real): Promise<void> {
    const open = model.actions.map((a, i) => [a, i] as const).filter(([a]) => !a.undone);
    const [action, index] = open[this.pick % open.length]!;
    action.undone = true;
    undoInModel(model.lib, action);
    await undoChanges(real.db, real.records[index]!);
    await expectSame(model, real);
  }
  toString = () => `undo(#${this.pick})`;
}

// The identifier-less work, whose keys change with its title, comes up more often than the others.
const work = fc.oneof({ arbitrary: fc.nat(WORKS - 1), weight: 3 }, { arbitrary: fc.constant(NO_ID_WORK), weight: 1 });
const works = fc.array(work, { minLength: 1, maxLength: 4 });
const commands = [
  fc
    .tuple(
      fc.array(fc.record({ work, variant: fc.nat(3) }), { minLength: 1, maxLength: 5 }),
      fc.nat(URLS.length - 1),
      fc.option(fc.nat(TAGS.length - 1), { nil: null }),
    )
    .map(([entries, url, tag]) => new Capture(entries, url, tag)),
  fc
    .tuple(fc.constantFrom<EditKind>('tag', 'untag', 'note', 'star', 'read'), works, fc.nat(5))
    .map(([kind, w, value]) => new Edit(kind, w, value)),
  works.map((w) => new Delete(w)),
  fc
    .tuple(
      fc.array(fc.record({ work, note: fc.boolean(), tag: fc.boolean() }), { maxLength: 3 }),
      fc.array(work, { maxLength: 2 }),
      fc.array(fc.record({ work, old: fc.boolean() }), { maxLength: 2 }),
    )
    .map(([edits, fresh, deletions]) => new Import(edits, fresh, deletions)),
  fc.nat(20).map((n) => new Undo(n)),
  fc.nat(20).map((n) => new Undo(n)),
  fc
    .tuple(fc.constantFrom<RemoteKind>('retitle', 'note', 'tag', 'untag', 'delete', 'capture', 'capture'), work, fc.nat(5))
    .map(([kind, w, value]) => new RemoteEdit(kind, w, value)),
  fc.constant(new Sync()),
  fc.constant(new MergeBothWays()),
];

describe('library against a model', () => {
  it('capture, edit, tag, delete, import, undo of any earlier action, sync and merge with another device: the store equals the model after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30, size: 'max' }), async (cmds) => {
        const db = await openLibrary(new IDBFactory());
        try {
          await fc.asyncModelRun(
            () => ({
              model: {
                lib: { papers: new Map(), tombstones: new Map() },
                remote: { papers: new Map(), tombstones: new Map() },
                actions: [],
                now: 0,
              },
              real: { db, records: [], file: null },
            }),
            cmds,
          );
        } finally {
          db.close();
        }
      }),
      { numRuns: 150 },
    );
  }, 300_000);
});
