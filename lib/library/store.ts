/**
 * The library in IndexedDB (idb), laid out in chunks of papers with a directory instead of per-paper indexes
 * (shelf.ts, directory.ts), and its one writer: no other module opens a write transaction (test/library/one-writer.test.ts).
 * Every write function checks its input against the model's schemas before it writes anything (bad input throws
 * WriteRefused and leaves the library unchanged), is one transaction per user action, and announces what it changed
 * on the BroadcastChannel CHANNEL.
 */
import { openDB, unwrap, type IDBPTransaction } from 'idb';
import { z } from 'zod';
import {
  CaptureSource,
  MetaEntry,
  Paper,
  TagName,
  Tombstone,
  UndoRecord,
  type DroppedEntries,
  type PageScan,
  type Candidate,
  type ReviewEntry,
  type SaveReport,
  type UndoOutcome,
} from '../model';
import { fastPaper } from '../formats/fast-paper';
import { cleanCandidates } from '../text/clean';
import { candidateIdentity, identityKeys, titleKey } from '../identity';
import { idLookup, identityLookup, titleLookup } from './directory';
import { isPackedIndex, storedIndexRecord, type PackedIndex } from './search-index';
import { applyCapture, captureChanges, paperFromCandidate } from './capture';
import { describeIssue, validateEntries } from './page-scan';
import { ENTRIES_KEY, SUMMARY_KEY, Shelf, layout, type LibrarySchema } from './shelf';
import { DB_NAME, DB_VERSION } from './db-name';
import { CHANNEL, SEARCH_INDEX_KEY, SEARCH_INDEX_WRITES_KEY, readTx, wrapLibrary, type LibraryDb } from './reads';
import { planUndo, undoRecord, undoReads } from './undo';
import { captureRelation, contradicts, versionOf, versionTitle, type VersionRelation } from './versions';

export { DB_VERSION };
export {
  CHANNEL,
  SEARCH_INDEX_WRITES_KEY,
  countPapers,
  getAllPapers,
  getChunkPapers,
  getDirectorySummary,
  getIndexablePapers,
  getLibrary,
  getMeta,
  getPapersByIds,
  getRecentPapers,
  getTombstones,
  readSearchIndex,
  type LibraryDb,
} from './reads';
type WriteStores = ('chunks' | 'directory' | 'tombstones')[];
const PAPER_STORES: WriteStores = ['chunks', 'directory', 'tombstones'];

/** The library database; tests pass an isolated factory, or another name to leave the real library alone. */
export function openLibrary(factory?: IDBFactory, name = DB_NAME): Promise<LibraryDb> {
  const open = () =>
    openDB<LibrarySchema>(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          db.createObjectStore('tombstones', { keyPath: 'id' });
          db.createObjectStore('meta');
        }
        db.createObjectStore('chunks', { keyPath: 'no' });
        db.createObjectStore('directory');
        if (oldVersion === 1) migrateFromPaperRecords(unwrap(tx));
      },
    });
  if (!factory) return open();
  // Tests pass an isolated factory; idb reads the global one.
  const saved = globalThis.indexedDB;
  globalThis.indexedDB = factory;
  try {
    return open();
  } finally {
    globalThis.indexedDB = saved;
  }
}

/** A connection opened ahead of the page's modules (preopen.ts) when there is one, else `openLibrary()`. */
export async function adoptLibrary(
  preopened: Promise<IDBDatabase | null> | undefined,
  factory?: IDBFactory,
  name = DB_NAME,
): Promise<LibraryDb> {
  const raw = preopened ? await preopened : null;
  return raw ? wrapLibrary(raw) : openLibrary(factory, name);
}

/** Version 1 kept one record per paper (plus derived `keys`/`tkey` fields) in `papers`: move them into chunks. */
function migrateFromPaperRecords(tx: IDBTransaction): void {
  const request = tx.objectStore('papers').getAll();
  request.onsuccess = () => {
    const papers = (request.result as (Paper & { keys?: unknown; tkey?: unknown })[]).map(
      ({ keys: _keys, tkey: _tkey, ...paper }) => paper as Paper,
    );
    const { chunks, summary, entries } = layout(papers);
    const chunkStore = tx.objectStore('chunks');
    for (const c of chunks) chunkStore.put(c);
    tx.objectStore('directory').put(summary, SUMMARY_KEY);
    tx.objectStore('directory').put(entries, ENTRIES_KEY);
    tx.db.deleteObjectStore('papers');
  };
}

/** Tell every open extension page that the library changed. */
function announceChange(detail: { reason: string; ids?: string[] }): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const ch = new BroadcastChannel(CHANNEL);
  ch.postMessage({ type: 'changed', ...detail });
  ch.close();
}

/** Input the writer will not store. Thrown before anything is written: the library is unchanged. */
export class WriteRefused extends Error {
  override name = 'WriteRefused';
}

/** `value` checked against `schema`; else WriteRefused naming what was refused and its first problem. */
function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new WriteRefused(`${what} refused (${describeIssue(r.error)}). Nothing was changed.`);
  return r.data;
}

function refuseRecord(what: string, kind: string, record: { id?: unknown } | undefined, problem: string): never {
  const id = typeof record?.id === 'string' ? `; id ${JSON.stringify(record.id.slice(0, 80))}` : '';
  throw new WriteRefused(`${what} refused: it would store an invalid ${kind} (${problem}${id}). Nothing was changed.`);
}

/** Tombstones the writer is about to store, each checked; the first invalid one is named by its id. */
function checkTombstones(tombstones: readonly Tombstone[], what: string): void {
  for (const t of tombstones) {
    const r = Tombstone.safeParse(t);
    if (!r.success) refuseRecord(what, 'tombstone', t, describeIssue(r.error));
  }
}

/**
 * Papers the writer is about to store, each checked against `Paper`. A paper that replaces a stored one (`stored`, read
 * in the same transaction, so valid) is checked field by field where it differs from it: what the write changes is
 * checked, at the cost of the change (a tag on 20,000 papers checks 20,000 tag maps, not 20,000 whole papers).
 */
function checkPapers(papers: readonly Paper[], what: string, stored: (id: string) => Paper | undefined = () => undefined): void {
  for (const p of papers) {
    const before = typeof p === 'object' && p !== null ? stored(p.id) : undefined;
    if (!before) {
      // The hand-written check proves most papers valid at a fifth of zod's cost; zod decides the rest and words the error.
      if (fastPaper(p)) continue;
      const r = Paper.safeParse(p);
      if (!r.success) refuseRecord(what, 'paper', p, describeIssue(r.error));
      continue;
    }
    const fields = new Set([...Object.keys(before), ...Object.keys(p)]);
    for (const key of fields) {
      const value = (p as Record<string, unknown>)[key];
      if (value === (before as Record<string, unknown>)[key]) continue;
      const field = Paper.shape[key as keyof typeof Paper.shape];
      if (!field) continue; // like Paper.safeParse: a key the model does not name is not checked
      const r = field.safeParse(value);
      if (!r.success) {
        const issue = r.error.issues[0];
        refuseRecord(what, 'paper', p, `${[key, ...(issue?.path ?? [])].join('.')}: ${issue?.message ?? 'invalid'}`);
      }
    }
  }
}

const Ids = z.array(z.string().max(600)).max(200_000);
const Reason = z.string().min(1).max(40);
const SaveOptions = z.object({ now: z.number().finite().optional(), tags: z.array(TagName).max(50).optional() });

/** Abort a write transaction on purpose (a refused write): the abort is the intended outcome, the caller gets `e`. */
function abandon(tx: IDBPTransaction<LibrarySchema, WriteStores, 'readwrite'>, e: unknown): never {
  tx.done.catch(() => {});
  tx.abort();
  throw e;
}

/** Entries validation left out, plus those whose title cleaning left empty (counted as "no title", as validation does). */
function droppedEntries(invalid: DroppedEntries | undefined, untitled: number): DroppedEntries | undefined {
  if (!untitled) return invalid;
  const reasons = new Map((invalid?.reasons ?? []).map((r) => [r.reason, r.count]));
  reasons.set('no title', (reasons.get('no title') ?? 0) + untitled);
  const list = [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
  return { count: (invalid?.count ?? 0) + untitled, reasons: list };
}

function writeTx(db: LibraryDb): IDBPTransaction<LibrarySchema, WriteStores, 'readwrite'> {
  return db.transaction(PAPER_STORES, 'readwrite');
}

/**
 * Where a page's entry may be in the library: its identity keys, and the id a record made from it would have (ids are
 * given once, so a record keeps it when the user's edits change its keys, e.g. a paper without identifiers retitled).
 */
const candidateLookups = (keys: string[]) => [...keys.map(identityLookup), idLookup(keys[0]!)];

/** Whether `p` holds one of an entry's identity keys other than its fingerprint, or the id its record would have. */
function sharesIdentifier(p: Paper, keys: readonly string[]): boolean {
  if (p.id === keys[0]) return true;
  const own = new Set(identityKeys(p));
  return keys.some((k) => !k.startsWith('fp:') && own.has(k));
}

/**
 * For each entry no identifier found: the saved records with its title (the title index), the only place a version of
 * it (versions.ts: a preprint and its published version share the title) can be.
 */
async function sameTitled(
  shelf: Shelf,
  candidates: readonly Candidate[],
  keyLists: string[][],
  hits: (Paper | undefined)[],
): Promise<Paper[][]> {
  const lookups = candidates.map((c, i) => {
    if (hits[i] && sharesIdentifier(hits[i], keyLists[i]!)) return [];
    // The whole title first (the row's "possibly already saved"), then the title without a note ("[Best paper award]").
    const keys = [titleLookup(titleKey(c.title)), titleLookup(titleKey(versionTitle(c.title)))];
    return keys[0] === keys[1] ? [keys[0]!] : keys;
  });
  const first = await shelf.find(lookups);
  return Promise.all(
    candidates.map(async (_c, i) => {
      if (!first[i]) return [];
      const found = (await Promise.all(lookups[i]!.map((k) => shelf.findAll(k)))).flat();
      return [...new Set(found)];
    }),
  );
}

interface EntryMatch {
  paper: Paper;
  /** The entry is the other version of the record (versions.ts); capture keeps the record citing the published one. */
  relation?: VersionRelation;
  byIdentifier: boolean;
}

/**
 * The record an entry is, if any: the record its lookups found (`hit`) when they share an identifier, or only the
 * fingerprint (title, first author, year) and nothing contradicts it (versions.ts contradicts: different DOIs, a
 * workshop and a conference version); else the one saved version of it among the records with its title. `latest`
 * gives a record as earlier entries of the same capture leave it (a preprint joined to a workshop version is no
 * longer a preprint for the conference version listed after it).
 */
function matchEntry(
  hit: Paper | undefined,
  owner: Paper | undefined,
  c: Candidate,
  keys: readonly string[],
  sameTitle: readonly Paper[],
  latest: (p: Paper) => Paper,
): EntryMatch | undefined {
  const same = (paper: Paper, byIdentifier: boolean): EntryMatch => {
    const relation = captureRelation(paper, c);
    return { paper, byIdentifier, ...(relation ? { relation } : {}) };
  };
  const found = hit && latest(hit);
  if (found && sharesIdentifier(found, keys)) return same(found, true);
  // The record holding the id a record made from this entry would get: ids are given once, it is this paper.
  if (owner) return same(latest(owner), true);
  if (found && !contradicts(found, c)) return same(found, false);
  const version = versionOf(sameTitle.map(latest), c);
  return version && { paper: version.paper, relation: version.relation, byIdentifier: false };
}

/** How each entry of a scan relates to the library (one read-only transaction). */
export async function reviewScan(db: LibraryDb, scan: PageScan): Promise<ReviewEntry[]> {
  const tx = readTx(db);
  const shelf = await Shelf.open(tx);
  const keyLists = scan.entries.map((c) => identityKeys(candidateIdentity(c)));
  const hits = await shelf.find(keyLists.map(candidateLookups));
  const owners = await shelf.find(keyLists.map((keys) => [idLookup(keys[0]!)]));
  const similar = await sameTitled(shelf, scan.entries, keyLists, hits);
  await tx.done;
  // Records as the save would leave them after an entry joined another version to them.
  const joined = new Map<string, Paper>();
  const latest = (p: Paper) => joined.get(p.id) ?? p;
  const source: CaptureSource = { site: scan.site, url: scan.url, kind: scan.kind };
  return scan.entries.map((candidate, index): ReviewEntry => {
    const found = matchEntry(hits[index], owners[index], candidate, keyLists[index]!, similar[index]!, latest);
    if (found) {
      const { paper, relation } = found;
      const changes = captureChanges(paper, candidate, relation);
      const joins = relation && (!found.byIdentifier || changes.some((f) => f.startsWith('ids.')));
      if (relation) joined.set(paper.id, applyCapture(paper, candidate, source, 0, [], relation).paper);
      return {
        index,
        candidate,
        status: changes.length ? 'update' : 'saved',
        paperId: paper.id,
        ...(joins ? { version: relation } : {}),
        ...(changes.length ? { changes } : {}),
      };
    }
    const entry: ReviewEntry = { index, candidate, status: 'new' };
    const match = similar[index]![0];
    if (match)
      entry.possibleMatch = {
        id: match.id,
        title: match.title,
        authors: match.authors.slice(0, 5),
        authorCount: Math.max(match.authorCount ?? 0, match.authors.length),
        ...(match.year ? { year: match.year } : {}),
      };
    return entry;
  });
}

/**
 * Save entries of a page (a site's scan, a selection, a pasted list) in one transaction: new ones added, known ones
 * enriched. Every entry is validated on its own (an unusable one is left out and counted in `dropped`, as a page's
 * scan is) and its text cleaned (lib/text/clean.ts); the source and options must be valid as a whole. Returns counts
 * and an undo record.
 */
export async function saveCandidates(
  db: LibraryDb,
  entries: readonly unknown[],
  from: CaptureSource,
  options: { now?: number; tags?: string[] } = {},
): Promise<SaveReport> {
  const source = checked(CaptureSource, from, 'Save');
  const opts = checked(SaveOptions, options, 'Save');
  if (!Array.isArray(entries)) throw new WriteRefused('Save refused (entries: not a list). Nothing was changed.');
  const validated = validateEntries(entries);
  const candidates = cleanCandidates(validated.entries);
  const dropped = droppedEntries(validated.dropped, validated.entries.length - candidates.length);
  if (entries.length && !candidates.length) {
    const why = dropped?.reasons.map((r) => r.reason).join('; ') || 'no entry has a title';
    throw new WriteRefused(`Save refused: none of the ${entries.length} entries can be saved (${why}). Nothing was changed.`);
  }
  if (!candidates.length) return { added: 0, updated: 0, unchanged: 0 };
  const now = opts.now ?? Date.now();
  const tags = opts.tags ?? [];
  const tx = writeTx(db);
  const opening = Shelf.open(tx);
  const keyLists = candidates.map((c) => identityKeys(candidateIdentity(c)));
  const shelf = await opening;
  const hits = await shelf.find(keyLists.map(candidateLookups));
  const owners = await shelf.find(keyLists.map((keys) => [idLookup(keys[0]!)]));
  const similar = await sameTitled(shelf, candidates, keyLists, hits);
  const touched = new Map<string, Paper>();
  const touchedByKey = new Map<string, string>();
  const remember = (p: Paper, keys: string[]) => {
    touched.set(p.id, p);
    for (const k of keys) touchedByKey.set(k, p.id);
  };
  const latest = (p: Paper) => touched.get(p.id) ?? p;
  const before = new Map<string, Paper>();
  const addedIds = new Set<string>();
  const updatedIds = new Set<string>();
  candidates.forEach((c, i) => {
    // An earlier entry of this same capture may already be the record (a page listing a paper twice). A shared
    // identifier names the record before a shared fingerprint does.
    const keys = keyLists[i]!;
    const earlier = (byFingerprint: boolean) => keys.find((k) => k.startsWith('fp:') === byFingerprint && touchedByKey.has(k));
    const earlierKey = earlier(false) ?? (hits[i] && sharesIdentifier(hits[i], keys) ? undefined : earlier(true));
    const hit = earlierKey ? touched.get(touchedByKey.get(earlierKey)!) : hits[i];
    const match = matchEntry(hit, touched.get(keys[0]!) ?? owners[i], c, keys, similar[i]!, latest);
    const current = match?.paper;
    const relation = match?.relation;
    if (!current) {
      const paper = paperFromCandidate(c, source, now, tags);
      remember(paper, [paper.id, ...identityKeys(paper)]);
      addedIds.add(paper.id);
      return;
    }
    if (!touched.has(current.id)) before.set(current.id, current);
    const { paper, changes } = applyCapture(current, c, source, now, tags, relation);
    remember(paper, [paper.id, ...identityKeys(paper)]);
    if (changes.length && !addedIds.has(paper.id)) updatedIds.add(paper.id);
  });
  await shelf.put([...touched.values()]);
  const written = shelf.commit();
  // Made while IndexedDB writes (commit has made its requests).
  const undo = undoRecord(
    'capture',
    [...touched.values()].map((p) => [before.get(p.id), p]),
  );
  await written;
  await tx.done;
  announceChange({ reason: 'capture', ids: [...touched.keys()] });
  return {
    added: addedIds.size,
    updated: updatedIds.size,
    unchanged: touched.size - addedIds.size - updatedIds.size,
    undo,
    ...(dropped ? { dropped } : {}),
  };
}

/**
 * Undo one action in one transaction, by the undo rule (undo.ts): each part of a paper goes back only where it still
 * holds what the action wrote; later changes, later deletions and re-created papers are kept and reported. A record
 * may come in a message (its parts are opaque values): what it rebuilds must be valid papers, or nothing is written.
 */
export async function undoChanges(db: LibraryDb, record: UndoRecord): Promise<UndoOutcome> {
  checked(UndoRecord, record, 'Undo');
  const tx = writeTx(db);
  const shelf = await Shelf.open(tx);
  const tombs = tx.objectStore('tombstones');
  const reads = undoReads(record);
  const [papers, tombstones] = await Promise.all([shelf.get(reads.paperIds), Promise.all(reads.tombstoneIds.map((id) => tombs.get(id)))]);
  const recordIds = new Set(reads.paperIds);
  const deleted = record.papers.flatMap((c) => (c.deleted ? [c.deleted] : []));
  // A live paper that shares an identity key with a deleted one, and that this action did not write: re-created since.
  const keyLists = deleted.map((p) => identityKeys(p));
  const hits = await shelf.find(keyLists.flat().map((k) => [identityLookup(k)]));
  const recreated = new Set<Paper>();
  let at = 0;
  deleted.forEach((p, i) => {
    const mine = hits.slice(at, (at += keyLists[i]!.length));
    if (mine.some((hit) => hit && !recordIds.has(hit.id))) recreated.add(p);
  });
  const plan = planUndo(
    record,
    {
      papers: new Map(papers.flatMap((p) => (p ? [[p.id, p] as const] : []))),
      tombstones: new Map(tombstones.flatMap((t) => (t ? [[t.id, t] as const] : []))),
      recreated: (p) => recreated.has(p),
    },
    identityKeys,
  );
  try {
    const current = new Map(papers.flatMap((p) => (p ? [[p.id, p] as const] : [])));
    checkPapers(plan.put, 'Undo', (id) => current.get(id));
    checkTombstones(plan.putTombstones, 'Undo');
  } catch (e) {
    abandon(tx, e);
  }
  await shelf.delete(plan.deleteIds);
  await shelf.put(plan.put);
  await Promise.all([
    shelf.commit(),
    ...plan.putTombstones.map((t) => tombs.put(t)),
    ...plan.deleteTombstoneIds.map((id) => tombs.delete(id)),
  ]);
  await tx.done;
  announceChange({ reason: 'undo', ids: [...new Set([...plan.deleteIds, ...plan.put.map((p) => p.id)])] });
  return plan.outcome;
}

/** Write whole papers (already carrying their clock entries) in one transaction: seeding a library, restoring one. */
export async function putPapers(db: LibraryDb, papers: Paper[], reason = 'edit'): Promise<void> {
  checked(Reason, reason, 'Write');
  if (!Array.isArray(papers)) throw new WriteRefused('Write refused (papers: not a list). Nothing was changed.');
  checkPapers(papers, 'Write');
  const tx = writeTx(db);
  const shelf = await Shelf.open(tx);
  await shelf.put(papers);
  await shelf.commit();
  await tx.done;
  announceChange({ reason, ids: papers.map((p) => p.id) });
}

/**
 * Apply a user edit to the stored papers in one read-modify-write transaction, so edits made in quick succession
 * each build on the one before (never on a copy the page read earlier). `change` is pure and returns its input when
 * it changes nothing; only changed papers are written. Returns the ids written.
 */
export async function editPapers(
  db: LibraryDb,
  ids: string[],
  change: (p: Paper) => Paper,
  reason = 'edit',
): Promise<{ ids: string[]; undo: UndoRecord }> {
  checked(Ids, ids, 'Edit');
  checked(Reason, reason, 'Edit');
  const tx = writeTx(db);
  const shelf = await Shelf.open(tx);
  const current = (await shelf.get(ids)).filter((p): p is Paper => p !== undefined);
  let pairs: [Paper, Paper][];
  try {
    pairs = current.map((p) => [p, change(p)] as [Paper, Paper]).filter(([before, after]) => after !== before);
    const changed = pairs.map(([, after]) => after);
    const before = new Map(current.map((p) => [p.id, p]));
    checkPapers(changed, 'Edit', (id) => before.get(id));
    if (changed.some((p, i) => p.id !== pairs[i]![0].id))
      throw new WriteRefused("Edit refused: an edit may not change a paper's id. Nothing was changed.");
  } catch (e) {
    abandon(tx, e);
  }
  const changed = pairs.map(([, after]) => after);
  await shelf.put(changed);
  await shelf.commit();
  await tx.done;
  if (changed.length) announceChange({ reason, ids: changed.map((p) => p.id) });
  return { ids: changed.map((p) => p.id), undo: undoRecord(reason, pairs) };
}

/** Delete papers, leaving tombstones for sync; returns the undo record. */
export async function deletePapers(db: LibraryDb, ids: string[], now = Date.now()): Promise<UndoRecord> {
  checked(Ids, ids, 'Delete');
  checked(z.number().finite(), now, 'Delete');
  const tx = writeTx(db);
  const shelf = await Shelf.open(tx);
  const tombs = tx.objectStore('tombstones');
  const found = await shelf.delete(ids);
  const previous = await Promise.all(found.map((p) => tombs.get(p.id)));
  // Keys in the order merge.ts keeps them (sorted), so a tombstone reads the same on every device. The record stays in
  // it, as a merge keeps it: a deletion loses nothing the library held, so a sync that skips files it already merged
  // still ends with the library every other device computes.
  const written: Tombstone[] = found.map((p) => ({ id: p.id, keys: identityKeys(p).slice(0, 20).sort(), deletedAt: now, paper: p }));
  await Promise.all([shelf.commit(), ...written.map((t) => tombs.put(t))]);
  await tx.done;
  announceChange({ reason: 'delete', ids });
  return undoRecord(
    'delete',
    found.map((p) => [p, undefined]),
    written.map((t, i) => [previous[i], t]),
  );
}

/**
 * Merge something into the library atomically: the library is read and written in the same transaction, and
 * `merge` is pure and synchronous in between, so nothing can change underneath it and a throw writes nothing.
 * `reason` is announced with the change ('import', or 'sync' for the sync folder, whose own writes do not start a sync).
 */
export async function mergeIntoLibrary<R>(
  db: LibraryDb,
  merge: (local: { papers: Paper[]; tombstones: Tombstone[] }) => { result: R; put: Paper[]; deleteIds: string[]; tombstones: Tombstone[] },
  reason: 'import' | 'sync' = 'import',
): Promise<{ result: R; undo: UndoRecord }> {
  const tx = writeTx(db);
  const tombStore = tx.objectStore('tombstones');
  const shelf = await Shelf.open(tx);
  const [papers, tombstones] = await Promise.all([shelf.all(), tombStore.getAll()]);
  const localPapers = new Map(papers.map((p) => [p.id, p]));
  let change: ReturnType<typeof merge>;
  try {
    change = merge({ papers, tombstones });
    checked(Ids, change.deleteIds, 'Import');
    checkPapers(change.put, 'Import', (id) => localPapers.get(id));
    checkTombstones(change.tombstones, 'Import');
  } catch (e) {
    abandon(tx, e);
  }
  const localTombstones = new Map(tombstones.map((t) => [t.id, t]));
  const undo = undoRecord(
    'import',
    [
      ...change.deleteIds.map((id): [Paper | undefined, Paper | undefined] => [localPapers.get(id), undefined]),
      ...change.put.map((p): [Paper | undefined, Paper] => [localPapers.get(p.id), p]),
    ],
    change.tombstones.map((t) => [localTombstones.get(t.id), t]),
  );
  await shelf.delete(change.deleteIds);
  await shelf.put(change.put);
  await Promise.all([shelf.commit(), ...change.tombstones.map((t) => tombStore.put(t))]);
  await tx.done;
  announceChange({ reason });
  return { result: change.result, undo };
}

/** Remember a setting beside the papers (one transaction); the broadcast names no paper. */
export async function setMeta(db: LibraryDb, key: MetaEntry['key'], value: unknown): Promise<void> {
  checked(MetaEntry, { key, value }, 'Setting');
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([tx.store.put(value, key), tx.done]);
  announceChange({ reason: 'meta', ids: [] });
}

/** This device's id for sync files, created once (read and, the first time, written in one transaction). */
export async function deviceId(db: LibraryDb): Promise<string> {
  const tx = db.transaction('meta', 'readwrite');
  const existing = (await tx.store.get('deviceId')) as string | undefined;
  const id = existing ?? crypto.randomUUID();
  if (!existing) await tx.store.put(id, 'deviceId');
  await tx.done;
  if (!existing) announceChange({ reason: 'meta', ids: [] });
  return id;
}

/**
 * Keep a packed search index with the library, unless the one kept is newer. It is derived data (the papers are
 * unchanged), so nothing is announced.
 */
export async function saveSearchIndex(db: LibraryDb, index: PackedIndex): Promise<boolean> {
  if (!isPackedIndex(index)) throw new WriteRefused('Search index refused (not a packed index). Nothing was changed.');
  const tx = db.transaction('meta', 'readwrite');
  const kept = (await tx.store.get(SEARCH_INDEX_WRITES_KEY)) as number | undefined;
  const newer = kept === undefined || kept < index.writes;
  if (newer)
    await Promise.all([tx.store.put(storedIndexRecord(index), SEARCH_INDEX_KEY), tx.store.put(index.writes, SEARCH_INDEX_WRITES_KEY)]);
  await tx.done;
  return newer;
}
