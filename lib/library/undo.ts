/**
 * Undo records and the undo rule, as pure functions; store.ts (the one writer) makes the records and applies them.
 *
 * A paper is seen as independent parts: each field with its write time (`f:<field>`), each identifier with its write
 * time (`ids.<name>`), each tag's state (`tag:<name>`), each sighting (`src:<url>`). An action's record holds, per
 * paper, the parts it changed (before and after), or the whole record when it created or deleted the paper, and the
 * tombstones it wrote. Undo puts a part back to its before value only where the part still holds the action's after
 * value; whatever changed since is kept and reported.
 */
import type { Paper, PaperChange, Source, TagState, Tombstone, TombstoneChange, UndoOutcome, UndoRecord } from '../model';
import { canonicalJson, deepEqual } from './merge';

type Parts = Map<string, unknown>;
interface Timed {
  v?: unknown;
  t?: number;
}

/** Keys of a Paper that are not a plain field: split into parts of their own. */
const STRUCTURED = new Set(['id', 'ids', 'sources', 'tags', 'clock']);
/** Changes to this part alone do not make a paper "changed since": every later action moves it. */
const BOOKKEEPING = 'f:updatedAt';

function timed(v: unknown, t: number | undefined): Timed {
  const out: Timed = {};
  if (v !== undefined) out.v = v;
  if (t !== undefined) out.t = t;
  return out;
}

const own = (o: object, k: string) => Object.hasOwn(o, k);

function paperParts(p: Paper): Parts {
  const parts: Parts = new Map();
  const rec = p as unknown as Record<string, unknown>;
  const clock = p.clock;
  const field = (k: string) => {
    const v = rec[k];
    const t = own(clock, k) ? clock[k] : undefined;
    if (v !== undefined || t !== undefined) parts.set(`f:${k}`, timed(v, t));
  };
  for (const k of Object.keys(p)) if (!STRUCTURED.has(k)) field(k);
  const idNames = new Set(Object.keys(p.ids));
  for (const k of Object.keys(clock)) {
    if (k.startsWith('ids.')) idNames.add(k.slice(4));
    else if (!parts.has(`f:${k}`)) field(k);
  }
  for (const name of idNames) {
    const v = (p.ids as Record<string, string | undefined>)[name];
    const t = own(clock, `ids.${name}`) ? clock[`ids.${name}`] : undefined;
    if (v !== undefined || t !== undefined) parts.set(`ids.${name}`, timed(v, t));
  }
  for (const tag of Object.keys(p.tags)) parts.set(`tag:${tag}`, p.tags[tag]);
  for (const s of p.sources) parts.set(`src:${s.url}`, s);
  return parts;
}

/** The paper made of these parts (the inverse of paperParts; sightings in the map's order). */
function paperFromParts(id: string, parts: Parts): Paper {
  const fields: [string, unknown][] = [['id', id]];
  const clock: [string, number][] = [];
  const ids: [string, unknown][] = [];
  const tags: [string, TagState][] = [];
  const sources: Source[] = [];
  for (const [key, value] of parts) {
    if (key.startsWith('f:') || key.startsWith('ids.')) {
      const { v, t } = value as Timed;
      const name = key.startsWith('f:') ? key.slice(2) : key.slice(4);
      if (v !== undefined) (key.startsWith('f:') ? fields : ids).push([name, v]);
      if (t !== undefined) clock.push([key.startsWith('f:') ? name : key, t]);
    } else if (key.startsWith('tag:')) tags.push([key.slice(4), value as TagState]);
    else if (key.startsWith('src:')) sources.push(value as Source);
  }
  // Object.fromEntries defines own properties: a tag or key named "__proto__" stays data.
  return {
    ...Object.fromEntries(fields),
    ids: Object.fromEntries(ids),
    sources,
    tags: Object.fromEntries(tags),
    clock: Object.fromEntries(clock),
  } as Paper;
}

/**
 * A 64-bit digest (two 32-bit FNV-1a lanes) of a paper's canonical JSON, with the length: equal records give equal
 * digests whatever their key order; a record changed since gives another one (barring a 64-bit hash collision).
 */
function paperDigest(p: Paper): string {
  const s = canonicalJson(p);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return `${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}:${s.length}`;
}

/** What an action did to one paper (`undefined`: absent), or null when it changed nothing. */
function paperChange(before: Paper | undefined, after: Paper | undefined): PaperChange | null {
  if (!before && !after) return null;
  if (!before) return { id: after!.id, addedDigest: paperDigest(after!) };
  if (!after) return { id: before.id, deleted: before };
  if (before === after) return null;
  const b = paperParts(before);
  const a = paperParts(after);
  const parts: NonNullable<PaperChange['parts']> = [];
  for (const part of new Set([...b.keys(), ...a.keys()])) {
    const vb = b.get(part);
    const va = a.get(part);
    if (deepEqual(vb, va)) continue;
    const change: (typeof parts)[number] = { part };
    if (vb !== undefined) change.before = vb;
    if (va !== undefined) change.after = va;
    parts.push(change);
  }
  return parts.length ? { id: after.id, parts } : null;
}

function tombstoneChange(before: Tombstone | undefined, after: Tombstone | undefined): TombstoneChange | null {
  if (deepEqual(before, after)) return null;
  const id = (after ?? before)!.id;
  return { id, ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

/** An undo record from before/after pairs; pairs that changed nothing are left out. */
export function undoRecord(
  action: string,
  papers: [Paper | undefined, Paper | undefined][],
  tombstones: [Tombstone | undefined, Tombstone | undefined][] = [],
): UndoRecord {
  return {
    action,
    papers: papers.map(([b, a]) => paperChange(b, a)).filter((c): c is PaperChange => c !== null),
    tombstones: tombstones.map(([b, a]) => tombstoneChange(b, a)).filter((c): c is TombstoneChange => c !== null),
  };
}

/** What the library holds now, as far as an undo needs to know. */
export interface UndoState {
  papers: Map<string, Paper>;
  tombstones: Map<string, Tombstone>;
  /** For each paper the record deleted: whether another live paper (not one this record wrote) shares its identity. */
  recreated: (deleted: Paper) => boolean;
}

export interface UndoWrites {
  put: Paper[];
  deleteIds: string[];
  putTombstones: Tombstone[];
  deleteTombstoneIds: string[];
  outcome: UndoOutcome;
}

/** The ids of papers and tombstones an undo must read. */
export function undoReads(record: UndoRecord): { paperIds: string[]; tombstoneIds: string[] } {
  return { paperIds: record.papers.map((c) => c.id), tombstoneIds: record.tombstones.map((t) => t.id) };
}

function sharesKey(t: Tombstone, keys: Set<string>): boolean {
  return t.keys.some((k) => keys.has(k));
}

/**
 * The undo rule. Per part: back to its before value where it still holds the action's after value. A paper the action
 * added goes only if it is exactly as the action left it. A paper the action deleted comes back only if no paper has
 * taken its place and every tombstone the action wrote for it is still as written; those tombstones then go back too.
 */
export function planUndo(record: UndoRecord, state: UndoState, identityKeysOf: (p: Paper) => string[]): UndoWrites {
  const put: Paper[] = [];
  const deleteIds: string[] = [];
  const kept: UndoOutcome['kept'] = [];
  let undone = 0;
  const holdTombstones = new Set<string>();
  const tombstoneUnchanged = (c: TombstoneChange) => deepEqual(state.tombstones.get(c.id), c.after);

  for (const change of record.papers) {
    const current = state.papers.get(change.id);
    if (change.addedDigest) {
      if (!current) continue; // deleted since: stays deleted
      if (paperDigest(current) === change.addedDigest) {
        deleteIds.push(change.id);
        undone++;
      } else kept.push({ id: change.id, reason: 'changed' });
      continue;
    }
    if (change.deleted) {
      const keys = new Set([change.id, ...identityKeysOf(change.deleted)]);
      const own = record.tombstones.filter((t) => keys.has(t.id) || sharesKey((t.after ?? t.before)!, keys));
      if (current || state.recreated(change.deleted)) {
        kept.push({ id: change.id, reason: 'recreated' });
        own.forEach((t) => holdTombstones.add(t.id));
      } else if (!own.every(tombstoneUnchanged)) {
        kept.push({ id: change.id, reason: 'deleted' });
        own.forEach((t) => holdTombstones.add(t.id));
      } else {
        put.push(change.deleted);
        undone++;
      }
      continue;
    }
    if (!current) {
      kept.push({ id: change.id, reason: 'deleted' });
      continue;
    }
    const parts = paperParts(current);
    let changedSince = false;
    for (const c of change.parts ?? []) {
      if (!deepEqual(parts.get(c.part), c.after)) {
        if (c.part !== BOOKKEEPING) changedSince = true;
        continue;
      }
      if (c.before === undefined) parts.delete(c.part);
      else parts.set(c.part, c.before);
    }
    const restored = paperFromParts(change.id, parts);
    if (!deepEqual(restored, current)) put.push(restored);
    if (changedSince) kept.push({ id: change.id, reason: 'changed' });
    else undone++;
  }

  const putTombstones: Tombstone[] = [];
  const deleteTombstoneIds: string[] = [];
  for (const c of record.tombstones) {
    if (holdTombstones.has(c.id) || !tombstoneUnchanged(c)) continue;
    if (c.before) putTombstones.push(c.before);
    else deleteTombstoneIds.push(c.id);
  }
  return {
    put,
    deleteIds,
    putTombstones,
    deleteTombstoneIds,
    outcome: { undone, kept, message: undoMessage(record.action, undone, kept.length) },
  };
}

/** "Undone." / "Restored 3 papers." (a delete), plus what was kept: "Undone; 3 papers changed since were kept as they are." */
function undoMessage(action: string, undone: number, kept: number): string {
  const count = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'paper' : 'papers'}`;
  const done = action === 'delete' ? `Restored ${count(undone)}` : 'Undone';
  if (!kept) return `${done}.`;
  return `${done}; ${count(kept)} changed since ${kept === 1 ? 'was' : 'were'} kept as ${kept === 1 ? 'it is' : 'they are'}.`;
}
