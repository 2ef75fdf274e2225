/**
 * Merging two libraries (sync, import). Pure and deterministic: the result depends only on the set of records, so
 * merge is idempotent, commutative and associative (see test/library/merge.laws.test.ts).
 *
 * - Papers are grouped by identity: the same record id, or any shared identifier key (or `related` key); the
 *   fingerprint links two records only when at least one of them has no identifier ("any shared identifier, else the
 *   fingerprint"). A tombstone links by its id too. The preprint/published version rule (versions.ts) is a capture's
 *   judgement, not applied here: a record it joined holds both identifiers and links the versions by identifier.
 * - Each field of MERGED_FIELDS: last writer wins by `clock[field]`; equal clocks: the larger canonical JSON wins.
 *   `citationKey` is the exception: the earliest assigned key wins (keys are assigned once; the older one is the one
 *   most likely cited in a document already).
 * - Tags: last writer wins per tag; at equal times "present" wins.
 * - ids: union; conflicting values: newer `clock['ids.<name>']` wins, else the smaller value; the losing identifier
 *   is kept in `related` so the records stay linked.
 * - A tombstone deletes a paper only when every write time of the paper (clock entries, tag times, sightings) is
 *   <= deletedAt. The deleted record is kept in the tombstone (`paper`), so a later edit elsewhere resurrects it whole.
 */
import { MERGED_FIELDS, type MergedField, type Paper, type Source, type TagState, type Tombstone, type Ids } from '../model';
import { fingerprint, fingerprintHint, identifierKeys, paperFingerprintHint } from '../identity';
import { noTags, tagState } from '../tags';

export interface Library {
  papers: Paper[];
  tombstones: Tombstone[];
}

export interface FieldConflict {
  paperId: string;
  /** A MERGED_FIELDS name, `tag:<name>` or `ids.<name>`. */
  field: string;
  local: unknown;
  incoming: unknown;
  winner: 'local' | 'incoming';
  /** Human-readable: why the winner won. */
  reason: string;
}

export interface MergeReport {
  /** Ids (in the result) of papers that were not in the local library. */
  added: string[];
  /** Result id -> names of the fields that differ from the local record. */
  updated: Record<string, string[]>;
  unchanged: number;
  /** Every field where the two sides hold different values (whichever side won): both values, the winner and why. */
  conflicts: FieldConflict[];
  /** Local paper ids removed by a tombstone. */
  deleted: string[];
  /** Result ids of papers a tombstone matched but which have edits newer than the deletion. */
  keptDespiteDeletion: string[];
  /** Local id -> result id, for local records now stored under another id (merged with another record). */
  replaced: Record<string, string>;
  /** Local ids that no longer exist in the result (deleted or replaced): what a store must delete. */
  removedIds: string[];
  /** Incoming papers not added because a tombstone deleted them. */
  suppressed: number;
  /** Number of tombstones in the result that were not in the local library, or changed. */
  tombstonesChanged: number;
}

/**
 * Whether applying a previewed merge does or says anything: new, updated or deleted papers, tombstones to adopt, or
 * differences to report. Only a file that holds exactly this library has nothing to apply.
 */
export function mergeHasWork(r: MergeReport): boolean {
  return (
    r.added.length > 0 ||
    Object.keys(r.updated).length > 0 ||
    r.deleted.length > 0 ||
    r.tombstonesChanged > 0 ||
    r.conflicts.length > 0 ||
    r.removedIds.length > 0
  );
}

export interface MergeResult extends Library {
  report: MergeReport;
}

const STRONG_ID_NAMES = ['doi', 'arxiv', 'openreview', 'dblp', 's2'] as const satisfies readonly (keyof Ids)[];
const MAX_RELATED = 100;
const MAX_TOMBSTONE_KEYS = 20;

/** JSON with sorted object keys: equal values give equal strings. `undefined` gives ''. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return '';
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

/** Structural equality, ignoring object key order and keys holding `undefined` (plain JSON data only). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let na = 0;
  for (const k in ra) {
    if (!Object.hasOwn(ra, k) || ra[k] === undefined) continue;
    na++;
    if (!Object.hasOwn(rb, k) || !deepEqual(ra[k], rb[k])) return false;
  }
  let nb = 0;
  for (const k in rb) if (Object.hasOwn(rb, k) && rb[k] !== undefined) nb++;
  return na === nb;
}

/** deepEqual of two records; most that differ differ in updatedAt. */
function sameRecord(a: Paper, b: Paper): boolean {
  return a.updatedAt === b.updatedAt && deepEqual(a, b);
}

/** Deterministic order between two different values: by canonical JSON. */
function tieBreak(a: unknown, b: unknown): number {
  return deepEqual(a, b) ? 0 : compareStrings(canonicalJson(a), canonicalJson(b));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `xs` sorted in place, as `xs.sort(compare)` sorts it (stably); a short list by insertion, since
 * Array.prototype.sort allocates about 1 kB a call however short the list (a merge sorts a few per paper).
 */
function sortShort<T>(xs: T[], compare: (x: T, y: T) => number): T[] {
  if (xs.length > 16) return xs.sort(compare);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(xs[j]!, x) > 0; j--) xs[j + 1] = xs[j]!;
    xs[j + 1] = x;
  }
  return xs;
}

/** Identity keys from identifiers only (no fingerprint), as identityKeys() spells them. */
function strongKeys(p: { ids: Ids }): string[] {
  return identifierKeys(p.ids);
}

/** The latest write time anywhere in a paper: what a deletion must be newer than. */
function lastWriteTime(p: Paper): number {
  let t = 0;
  for (const v of Object.values(p.clock)) if (v > t) t = v;
  for (const s of Object.values(p.tags)) if (s.t > t) t = s.t;
  for (const s of p.sources) if (s.seenAt > t) t = s.seenAt;
  return t;
}

interface FieldPick {
  fromB: boolean;
  reason: 'newer' | 'tie-break' | 'earlier key' | 'only value';
  /** Whether both sides hold equal values (deepEqual). */
  same: boolean;
}

/** Every FieldPick there is, made once (a merge picks ~20 fields per paper): by reason, then fromB and same. */
const FIELD_PICKS = (['newer', 'tie-break', 'earlier key', 'only value'] as const).map((reason) =>
  [false, true].map((fromB) => [false, true].map((same): FieldPick => Object.freeze({ fromB, reason, same }))),
);
const REASON_INDEX = { newer: 0, 'tie-break': 1, 'earlier key': 2, 'only value': 3 } as const;
function fieldPick(fromB: boolean, reason: FieldPick['reason'], same: boolean): FieldPick {
  return FIELD_PICKS[REASON_INDEX[reason]]![+fromB]![+same]!;
}

function pickField(field: MergedField, a: Paper, b: Paper): FieldPick {
  const va = a[field];
  const vb = b[field];
  const ta = a.clock[field] ?? 0;
  const tb = b.clock[field] ?? 0;
  const same = deepEqual(va, vb);
  if (field === 'citationKey') {
    if (va === undefined || vb === undefined) return fieldPick(va === undefined && vb !== undefined, 'only value', same);
    if (ta !== tb) return fieldPick(tb < ta, 'earlier key', same);
  } else if (ta !== tb) {
    return fieldPick(tb > ta, 'newer', same);
  }
  return fieldPick(!same && compareStrings(canonicalJson(vb), canonicalJson(va)) > 0, 'tie-break', same);
}

function mergeTags(a: Record<string, TagState>, b: Record<string, TagState>): Record<string, TagState> {
  const out = noTags();
  const names = Object.keys(a);
  for (const tag of Object.keys(b)) if (!Object.hasOwn(a, tag)) names.push(tag);
  sortShort(names, compareStrings);
  for (const tag of names) {
    const sa = Object.hasOwn(a, tag) ? a[tag] : undefined;
    const sb = Object.hasOwn(b, tag) ? b[tag] : undefined;
    const pick = !sa ? sb! : !sb ? sa : sa.t !== sb.t ? (sa.t > sb.t ? sa : sb) : sa.on ? sa : sb;
    out[tag] = { on: pick.on, t: pick.t };
  }
  return out;
}

function mergeSources(a: Source[], b: Source[]): Source[] {
  // One sighting, the same on both sides (most merges): what the loop below gives, a copy of it.
  if (a.length === 1 && b.length === 1 && deepEqual(a[0], b[0])) return a;
  const byUrl = new Map<string, Source>();
  for (const s of [...a, ...b]) {
    const prev = byUrl.get(s.url);
    if (!prev) {
      byUrl.set(s.url, s);
      continue;
    }
    const newer =
      s.seenAt !== prev.seenAt
        ? s.seenAt > prev.seenAt
          ? s
          : prev
        : tieBreak({ ...s, firstSeenAt: 0 }, { ...prev, firstSeenAt: 0 }) > 0
          ? s
          : prev;
    byUrl.set(s.url, { ...newer, firstSeenAt: Math.min(s.firstSeenAt, prev.firstSeenAt), seenAt: Math.max(s.seenAt, prev.seenAt) });
  }
  return sortShort([...byUrl.values()], compareSources);
}

function latestSighting(p: Paper): number {
  let t = 0;
  for (const s of p.sources) if (s.seenAt > t) t = s.seenAt;
  return t;
}

/** Merge two records of the same paper. Commutative, associative and idempotent (up to the order of `sources`). */
export function mergePaper(a: Paper, b: Paper): Paper {
  return mergePaperExplained(a, b).paper;
}

/** Which side each field of mergePaperExplained(a, b) came from: MERGED_FIELDS by index, and the identifiers a and b disagree on. */
interface Picks {
  fields: FieldPick[];
  ids?: Partial<Record<(typeof STRONG_ID_NAMES)[number], FieldPick>>;
}

const MERGED_FIELD_INDEX = new Map<string, number>(MERGED_FIELDS.map((field, i) => [field, i]));

function mergePaperExplained(a: Paper, b: Paper): { paper: Paper; picks: Picks } {
  const picks: Picks = { fields: new Array<FieldPick>(MERGED_FIELDS.length) };
  const clock: Record<string, number> = { ...a.clock };
  for (const k in b.clock) {
    if (!Object.hasOwn(b.clock, k)) continue;
    const t = b.clock[k]!;
    if (!Object.hasOwn(clock, k) || t > clock[k]!) clock[k] = t;
  }
  const paper: Record<string, unknown> = {};
  for (let i = 0; i < MERGED_FIELDS.length; i++) {
    const field = MERGED_FIELDS[i]!;
    const pick = pickField(field, a, b);
    picks.fields[i] = pick;
    const from = pick.fromB ? b : a;
    if (from[field] !== undefined) paper[field] = from[field];
    if (Object.hasOwn(from.clock, field)) clock[field] = from.clock[field]!;
    else if (field === 'citationKey') delete clock[field];
  }

  const ids: Ids = {};
  const losingKeys: string[] = [];
  for (const name of STRONG_ID_NAMES) {
    const va = a.ids[name];
    const vb = b.ids[name];
    if (va === undefined || vb === undefined || va === vb) {
      const v = va ?? vb;
      if (v !== undefined) ids[name] = v;
      continue;
    }
    const ta = a.clock[`ids.${name}`] ?? 0;
    const tb = b.clock[`ids.${name}`] ?? 0;
    const bWins = ta !== tb ? tb > ta : compareStrings(vb, va) < 0;
    ids[name] = bWins ? vb : va;
    (picks.ids ??= {})[name] = fieldPick(bWins, ta !== tb ? 'newer' : 'tie-break', false);
    losingKeys.push(...strongKeys({ ...a, ids: { [name]: bWins ? va : vb } }));
  }

  const signalsFromB = latestSighting(a) !== latestSighting(b) ? latestSighting(b) > latestSighting(a) : tieBreak(b.signals, a.signals) > 0;

  // The merged fields (in MERGED_FIELDS order), then these.
  paper.id = compareStrings(a.id, b.id) <= 0 ? a.id : b.id;
  paper.ids = ids;
  paper.signals = signalsFromB ? b.signals : a.signals;
  paper.sources = mergeSources(a.sources, b.sources);
  paper.tags = mergeTags(a.tags, b.tags);
  paper.addedAt = Math.min(a.addedAt, b.addedAt);
  paper.updatedAt = Math.max(a.updatedAt, b.updatedAt);
  paper.clock = clock;
  // Without a losing identifier or `related` keys, every identifier key of either side is the merged record's own.
  if (!losingKeys.length && !a.related?.length && !b.related?.length) return { paper: paper as Paper, picks };
  const own = new Set(strongKeys(paper as Paper));
  const related = [...new Set([...(a.related ?? []), ...(b.related ?? []), ...strongKeys(a), ...strongKeys(b), ...losingKeys])]
    .filter((k) => !own.has(k))
    .sort()
    .slice(0, MAX_RELATED);
  if (related.length) paper.related = related;
  return { paper: paper as Paper, picks };
}

function compareSources(x: Source, y: Source): number {
  return x.firstSeenAt - y.firstSeenAt || compareStrings(x.url, y.url);
}

/** A paper with its order-free parts in canonical order (for comparisons). */
export function normalisePaper(p: Paper): Paper {
  const out: Paper = { ...p, sources: [...p.sources].sort(compareSources) };
  if (p.related?.length) out.related = [...p.related].sort();
  else delete out.related;
  return out;
}

/**
 * Names of the top-level parts of `after` that differ from `before` (`tag:<name>` for tags). `picks`: `after` is
 * mergePaperExplained(before, other), whose picks say which of MERGED_FIELDS differ (taken from the other side, which
 * holds a different value).
 */
function changedFields(before: Paper, after: Paper, picks?: Picks): string[] {
  if (before === after) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const out: string[] = [];
  const compare = (name: string) => {
    if (name === 'updatedAt' || name === 'clock') return;
    const field = picks && MERGED_FIELD_INDEX.get(name);
    if (field !== undefined) {
      const pick = picks!.fields[field]!;
      if (pick.fromB && !pick.same) out.push(name);
    } else if (name === 'tags') {
      for (const tag of Object.keys(before.tags)) {
        if (!deepEqual(tagState(before.tags, tag), tagState(after.tags, tag))) out.push(`tag:${tag}`);
      }
      for (const tag of Object.keys(after.tags)) {
        if (!Object.hasOwn(before.tags, tag)) out.push(`tag:${tag}`);
      }
    } else if (name === 'sources') {
      if (before.sources !== after.sources && !deepEqual([...before.sources].sort(compareSources), [...after.sources].sort(compareSources)))
        out.push(name);
    } else if (name === 'related') {
      if (!deepEqual([...(before.related ?? [])].sort(), [...(after.related ?? [])].sort())) out.push(name);
    } else if (!deepEqual(b[name], a[name])) out.push(name);
  };
  for (const name in b) if (Object.hasOwn(b, name)) compare(name);
  for (const name in a) if (Object.hasOwn(a, name) && !Object.hasOwn(b, name)) compare(name);
  sortShort(out, compareStrings);
  if (!out.length && (before.updatedAt !== after.updatedAt || !deepEqual(before.clock, after.clock))) out.push('timestamps');
  return out;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(i: number, j: number): void {
    const ri = this.find(i);
    const rj = this.find(j);
    if (ri !== rj) this.parent[Math.max(ri, rj)] = Math.min(ri, rj);
  }
}

/**
 * What a record is matched by: identifier keys (incl. `related`), fingerprints, and its record id. An id is given
 * once, from the paper's strongest key when it was first saved, so two records with one id are one paper even after
 * edits on two devices left them no key in common (a paper without identifiers retitled differently on each).
 */
interface IdentityNode {
  strong: string[];
  fingerprints: string[];
  recordIds: string[];
}

function paperNode(p: Paper): IdentityNode {
  const strong = strongKeys(p);
  if (p.related) strong.push(...p.related);
  return { strong, fingerprints: [fingerprint(p)], recordIds: [p.id] };
}

/**
 * Whether two records of one id have the same identity node (the same identifiers, `related` keys and fingerprint
 * parts): then the later one is indexed as the earlier one's node. The usual case of a sync or an import, one paper on
 * both devices, however edited, is then indexed once.
 */
function sameIdentity(a: Paper, b: Paper): boolean {
  if (a.title !== b.title || a.year !== b.year) return false;
  const fa = a.authors[0];
  const fb = b.authors[0];
  if (fa !== fb && (typeof fa !== 'object' || typeof fb !== 'object' || fa.literal !== fb.literal)) return false;
  for (const name of STRONG_ID_NAMES) if (a.ids[name] !== b.ids[name]) return false;
  const ra = a.related ?? [];
  const rb = b.related ?? [];
  if (ra.length !== rb.length) return false;
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return false;
  return true;
}

/**
 * Whether a resolved cluster's node could link it to a cluster it was not grouped with: it holds a key none of the
 * nodes it was made from held, or it has no identifier although one of them had (a node without identifiers links by
 * fingerprint alone). A merged record can carry a new fingerprint (title, first author and year from different sides).
 */
function mayLinkFurther(node: IdentityNode, parts: readonly IdentityNode[]): boolean {
  if (!node.strong.length && parts.some((n) => n.strong.length)) return true;
  const within = (keys: string[], pick: (n: IdentityNode) => string[]) => keys.every((k) => parts.some((n) => pick(n).includes(k)));
  return (
    !within(node.fingerprints, (n) => n.fingerprints) ||
    !within(node.strong, (n) => n.strong) ||
    !within(node.recordIds, (n) => n.recordIds)
  );
}

/**
 * Groups of indices into `nodes` that are the same paper: linked by a shared record id or identifier key, or by a
 * shared fingerprint when at least one of the two has no identifier.
 */
function groupNumbers(nodes: IdentityNode[]): { groupOf: Int32Array; count: number } {
  const uf = new UnionFind(nodes.length);
  const firstByKey = new Map<string, number>();
  const firstById = new Map<string, number>();
  // Per fingerprint: the first node without identifiers, or (until one comes) the nodes with identifiers seen so
  // far. A number alone is the common case (one record per fingerprint) and allocates nothing.
  const firstWeak = new Map<string, number>();
  const strongWaiting = new Map<string, number | number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    for (const id of node.recordIds) {
      const j = firstById.get(id);
      if (j === undefined) firstById.set(id, i);
      else uf.union(i, j);
    }
    for (const k of node.strong) {
      const j = firstByKey.get(k);
      if (j === undefined) firstByKey.set(k, i);
      else uf.union(i, j);
    }
    const weak = node.strong.length === 0;
    for (const fp of node.fingerprints) {
      const w = firstWeak.get(fp);
      if (w !== undefined) uf.union(w, i);
      else if (weak) {
        firstWeak.set(fp, i);
        const waiting = strongWaiting.get(fp);
        if (waiting === undefined) continue;
        if (typeof waiting === 'number') uf.union(i, waiting);
        else for (const j of waiting) uf.union(i, j);
        strongWaiting.delete(fp);
      } else {
        const waiting = strongWaiting.get(fp);
        if (waiting === undefined) strongWaiting.set(fp, i);
        else if (typeof waiting === 'number') strongWaiting.set(fp, [waiting, i]);
        else waiting.push(i);
      }
    }
  }
  return numberGroups(uf, nodes.length);
}

/** The union-find's sets over nodes 0..n-1, numbered in the order of their first node. */
function numberGroups(uf: UnionFind, n: number): { groupOf: Int32Array; count: number } {
  const groupOf = new Int32Array(n);
  const numberOfRoot = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    if (numberOfRoot[r]! < 0) numberOfRoot[r] = count++;
    groupOf[i] = numberOfRoot[r]!;
  }
  return { groupOf, count };
}

/** groupNumbers as lists of node indices, in the order of their first node. */
function groupByIdentity(nodes: IdentityNode[]): number[][] {
  const { groupOf, count } = groupNumbers(nodes);
  const groups = Array.from({ length: count }, (): number[] => []);
  groupOf.forEach((g, i) => groups[g]!.push(i));
  return groups;
}

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/**
 * Records of distinct ids sorted by id in place, as `xs.sort(byId)` sorts them: their ids sorted by the built-in string
 * order (the same order, without a call per comparison: 30,000 records in ~0.6 of the time), then the records put back.
 */
function sortInPlaceById<T extends { id: string }>(xs: T[]): T[] {
  const ids = new Array<string>(xs.length);
  const withId = new Map<string, T>();
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    ids[i] = x.id;
    withId.set(x.id, x);
  }
  if (withId.size !== xs.length) return xs.sort(byId);
  ids.sort();
  for (let i = 0; i < ids.length; i++) xs[i] = withId.get(ids[i]!)!;
  return xs;
}

function sortedById<T extends { id: string }>(xs: T[]): T[] {
  return [...xs].sort(byId);
}

/** Merge records of one paper (mergePaper is commutative and associative: the order does not matter). */
function mergeAll(records: Paper[]): Paper {
  return records.reduce((acc, p) => mergePaper(acc, p));
}

function mergeTombstone(a: Tombstone, b: Tombstone): Tombstone {
  const out: Tombstone = {
    id: a.id,
    keys: [...new Set([...a.keys, ...b.keys])].sort().slice(0, MAX_TOMBSTONE_KEYS),
    deletedAt: Math.max(a.deletedAt, b.deletedAt),
  };
  const paper = a.paper && b.paper ? mergePaper(a.paper, b.paper) : (a.paper ?? b.paper);
  if (paper) out.paper = paper;
  return out;
}

/** One paper's state while merging: a live record and/or the tombstones that match it. */
interface Cluster {
  live?: Paper;
  tombstones: Tombstone[];
  localIndices: number[];
  incomingIndices: number[];
  /** When `live` is the merge of exactly two records: them, and which side each field came from (for the report). */
  merged?: { a: Paper; b: Paper; picks: Picks };
}

function clusterNode(c: Cluster): IdentityNode {
  if (c.live && !c.tombstones.length) return paperNode(c.live);
  const node: IdentityNode = { strong: [], fingerprints: [], recordIds: [] };
  const add = (n: IdentityNode) => {
    node.strong.push(...n.strong);
    node.fingerprints.push(...n.fingerprints);
    node.recordIds.push(...n.recordIds);
  };
  if (c.live) add(paperNode(c.live));
  for (const t of c.tombstones) {
    add({ strong: t.keys.filter((k) => !k.startsWith('fp:')), fingerprints: t.keys.filter((k) => k.startsWith('fp:')), recordIds: [t.id] });
    if (t.paper) add(paperNode(t.paper));
  }
  return node;
}

/** resolveCluster of two records alone (all[i] and all[j], i < j), without a cluster for each. */
function resolvePair(all: readonly Paper[], nLocal: number, i: number, j: number): Cluster {
  const out: Cluster = { tombstones: [], localIndices: [], incomingIndices: [] };
  (i < nLocal ? out.localIndices : out.incomingIndices).push(i);
  (j < nLocal ? out.localIndices : out.incomingIndices).push(j);
  const a = all[i]!;
  const b = all[j]!;
  if (sameRecord(a, b)) out.live = a;
  else {
    const { paper, picks } = mergePaperExplained(a, b);
    out.live = paper;
    out.merged = { a, b, picks };
  }
  return out;
}

/** Join clusters of one paper: merge every record, then let the newest deletion decide whether it lives. */
function resolveCluster(parts: Cluster[]): Cluster {
  const lives = parts.flatMap((c) => (c.live ? [c.live] : []));
  const tombstones = parts.flatMap((c) => c.tombstones);
  const out: Cluster = {
    tombstones,
    localIndices: parts.flatMap((c) => c.localIndices),
    incomingIndices: parts.flatMap((c) => c.incomingIndices),
  };
  const records = [...lives, ...tombstones.flatMap((t) => (t.paper ? [t.paper] : []))];
  if (!records.length) return out;
  if (records.length === 2 && !tombstones.length) {
    // The same record on both devices (most of a sync): nothing to merge.
    if (sameRecord(records[0]!, records[1]!)) {
      out.live = records[0];
      return out;
    }
    const { paper, picks } = mergePaperExplained(records[0]!, records[1]!);
    out.live = paper;
    out.merged = { a: records[0]!, b: records[1]!, picks };
    return out;
  }
  const whole = mergeAll(records);
  if (!tombstones.length) {
    out.live = whole;
    return out;
  }
  const deletedAt = Math.max(...tombstones.map((t) => t.deletedAt));
  if (lastWriteTime(whole) <= deletedAt) {
    out.tombstones = tombstones.map((t) => ({ ...t, paper: whole }));
  } else {
    out.live = whole;
    out.tombstones = tombstones.map(({ paper: _absorbed, ...rest }) => rest);
  }
  return out;
}

/** The identity nodes of a merge's records and tombstones, grouped (groupNumbers' groups, numbered alike). */
interface RecordGroups {
  /** Each record's node: a record with the id and identity of an earlier one shares its node. */
  nodeOf: Int32Array;
  /** Each node's group. Nodes: one per record not sharing one, in record order, then one per tombstone. */
  groupOf: Int32Array;
  count: number;
  /** Node -> IdentityNode (paperNode of its first record, or the tombstone's node). */
  node(n: number): IdentityNode;
}

/** The reference grouping: an IdentityNode per node, grouped by groupNumbers. */
function groupRecordsByNodes(all: readonly Paper[], tombstoneNodes: readonly IdentityNode[]): RecordGroups {
  const nodeOf = new Int32Array(all.length);
  const nodes: IdentityNode[] = [];
  const firstWithId = new Map<string, number>();
  for (let i = 0; i < all.length; i++) {
    const p = all[i]!;
    const j = firstWithId.get(p.id);
    if (j === undefined) firstWithId.set(p.id, i);
    else if (sameIdentity(all[j]!, p)) {
      nodeOf[i] = nodeOf[j]!;
      continue;
    }
    nodeOf[i] = nodes.length;
    nodes.push(paperNode(p));
  }
  nodes.push(...tombstoneNodes);
  const { groupOf, count } = groupNumbers(nodes);
  return { nodeOf, groupOf, count, node: (n) => nodes[n]! };
}

const NAME_INDEX = new Map<string, number>(STRONG_ID_NAMES.map((name, k) => [name, k]));

/**
 * groupRecordsByNodes without an IdentityNode per record, for the first grouping of every merge (all records of both
 * libraries): identifier keys are looked up by name and value, without building the key string; fingerprints are built
 * for nodes without identifiers, and for a node with identifiers only when one of those has its fingerprintHint (no
 * other fingerprint can link it). Same groups (test/library/merge-fast-paths.test.ts).
 */
function groupRecords(all: readonly Paper[], tombstoneNodes: readonly IdentityNode[]): RecordGroups {
  const capacity = all.length + tombstoneNodes.length;
  const uf = new UnionFind(capacity);
  const nodeOf = new Int32Array(all.length);
  const recordOfNode = new Int32Array(capacity);
  const weak = new Uint8Array(capacity);
  // Record id -> its first record (>= 0), or -(node + 1) for an id that only a tombstone has.
  const byId = new Map<string, number>();
  // `<name>:<value>` keys of the identifier names, by name and value; any other key whole.
  const byValue = STRONG_ID_NAMES.map(() => new Map<string, number>());
  const byOtherKey = new Map<string, number>();
  const link = (map: Map<string, number>, key: string, node: number) => {
    const j = map.get(key);
    if (j === undefined) map.set(key, node);
    else uf.union(node, j);
  };
  const linkKey = (key: string, node: number) => {
    const colon = key.indexOf(':');
    const name = colon > 0 ? NAME_INDEX.get(key.slice(0, colon)) : undefined;
    if (name === undefined) link(byOtherKey, key, node);
    else link(byValue[name]!, key.slice(colon + 1), node);
  };

  let nodes = 0;
  for (let i = 0; i < all.length; i++) {
    const p = all[i]!;
    const first = byId.get(p.id);
    if (first === undefined) byId.set(p.id, i);
    else if (sameIdentity(all[first]!, p)) {
      nodeOf[i] = nodeOf[first]!;
      continue;
    }
    const node = nodes++;
    nodeOf[i] = node;
    recordOfNode[node] = i;
    if (first !== undefined) uf.union(node, nodeOf[first]!);
    // STRONG_ID_NAMES in order, read by name (one shape per line, not one keyed lookup per name).
    const { doi, arxiv, openreview, dblp, s2 } = p.ids;
    let strong = false;
    // identifierKeys: `doi:` + the DOI in lower case.
    if (doi) link(byValue[0]!, doi.toLowerCase(), node);
    if (arxiv) link(byValue[1]!, arxiv, node);
    if (openreview) link(byValue[2]!, openreview, node);
    if (dblp) link(byValue[3]!, dblp, node);
    if (s2) link(byValue[4]!, s2, node);
    if (doi || arxiv || openreview || dblp || s2) strong = true;
    if (p.related) {
      for (const key of p.related) linkKey(key, node);
      if (p.related.length) strong = true;
    }
    if (!strong) weak[node] = 1;
  }
  const paperNodes = nodes;
  for (const t of tombstoneNodes) {
    const node = nodes++;
    for (const id of t.recordIds) {
      const first = byId.get(id);
      if (first === undefined) byId.set(id, -(node + 1));
      else uf.union(node, first >= 0 ? nodeOf[first]! : -first - 1);
    }
    for (const key of t.strong) linkKey(key, node);
    if (!t.strong.length) weak[node] = 1;
  }

  // A fingerprint links a node to the nodes without identifiers that have it (groupNumbers' rule).
  const firstWeak = new Map<string, number>();
  const hints = new Set<number>();
  const linkWeak = (fp: string, node: number) => {
    const w = firstWeak.get(fp);
    if (w !== undefined) uf.union(node, w);
    else {
      firstWeak.set(fp, node);
      hints.add(fingerprintHint(fp));
    }
  };
  const linkStrong = (fp: string, node: number) => {
    const w = firstWeak.get(fp);
    if (w !== undefined) uf.union(node, w);
  };
  for (let node = 0; node < nodes; node++) {
    if (!weak[node]) continue;
    if (node < paperNodes) linkWeak(fingerprint(all[recordOfNode[node]!]!), node);
    else for (const fp of tombstoneNodes[node - paperNodes]!.fingerprints) linkWeak(fp, node);
  }
  if (firstWeak.size) {
    for (let node = 0; node < nodes; node++) {
      if (weak[node]) continue;
      if (node >= paperNodes) {
        for (const fp of tombstoneNodes[node - paperNodes]!.fingerprints) linkStrong(fp, node);
        continue;
      }
      const p = all[recordOfNode[node]!]!;
      if (hints.has(paperFingerprintHint(p))) linkStrong(fingerprint(p), node);
    }
  }
  const { groupOf, count } = numberGroups(uf, nodes);
  return {
    nodeOf,
    groupOf,
    count,
    node: (n) => (n < paperNodes ? paperNode(all[recordOfNode[n]!]!) : tombstoneNodes[n - paperNodes]!),
  };
}

/**
 * The clusters of one paper each, in the order of their first record (papers before tombstones): a record alone as
 * its index into `all`. Records are grouped by identity (groupRecords); a record with the id and identity of an
 * earlier one shares its node. A cluster whose merged record may link it further is grouped again with the others
 * (`settle`), as often as that happens. `reference`: without the fast paths (groupRecordsByNodes, and every group of
 * two records resolved), for the tests that hold the fast paths to it.
 */
function groupClusters(all: readonly Paper[], nLocal: number, tombstones: readonly Tombstone[], reference: boolean): (number | Cluster)[] {
  const tombstoneClusters = tombstones.map((t): Cluster => ({ tombstones: [t], localIndices: [], incomingIndices: [] }));
  const grouped = (reference ? groupRecordsByNodes : groupRecords)(all, tombstoneClusters.map(clusterNode));
  const { nodeOf, groupOf: groupOfNode, count: groupCount } = grouped;
  const firstTombstoneNode = groupOfNode.length - tombstoneClusters.length;
  // The nodes of each group of more than one (a group's nodes are numbered by first record).
  const nodeCount = new Int32Array(groupCount);
  for (let node = 0; node < groupOfNode.length; node++) {
    const g = groupOfNode[node]!;
    nodeCount[g] = nodeCount[g]! + 1;
  }
  const groupNodes: (number[] | undefined)[] = new Array(groupCount);
  for (let node = 0; node < groupOfNode.length; node++) {
    const g = groupOfNode[node]!;
    if (nodeCount[g]! > 1) (groupNodes[g] ??= []).push(node);
  }
  // Each group's records in index order (a group's nodes are listed by first record, so its records are too).
  const first = new Int32Array(groupCount).fill(-1);
  const members: (number[] | undefined)[] = new Array(groupCount);
  for (let i = 0; i < all.length; i++) {
    const g = groupOfNode[nodeOf[i]!]!;
    if (first[g]! < 0) first[g] = i;
    else (members[g] ??= [first[g]!]).push(i);
  }
  const groupTombstones: (Cluster[] | undefined)[] = new Array(groupCount);
  tombstoneClusters.forEach((c, k) => (groupTombstones[groupOfNode[firstTombstoneNode + k]!] ??= []).push(c));

  const single = (i: number): Cluster => ({
    live: all[i]!,
    tombstones: [],
    localIndices: i < nLocal ? [i] : [],
    incomingIndices: i < nLocal ? [] : [i],
  });
  const out: (number | Cluster)[] = new Array(groupCount);
  let settled = true;
  for (let g = 0; g < groupCount; g++) {
    const tombs = groupTombstones[g] ?? NO_TOMBSTONES;
    // A record alone (most groups), without a list of one.
    if (!members[g] && !tombs.length) {
      out[g] = first[g]!;
      continue;
    }
    const records = members[g] ?? (first[g]! >= 0 ? [first[g]!] : []);
    if (!records.length && tombs.length === 1) {
      out[g] = tombs[0]!;
      continue;
    }
    let c: Cluster;
    if (!reference && records.length === 2 && !tombs.length) {
      const i = records[0]!;
      const j = records[1]!;
      // The same record on both sides (most of a sync): the local one, as if alone (one identity: nothing to link).
      if (i < nLocal && j >= nLocal && sameRecord(all[i]!, all[j]!)) {
        out[g] = i;
        continue;
      }
      c = resolvePair(all, nLocal, i, j);
    } else c = resolveCluster([...records.map(single), ...tombs]);
    out[g] = c;
    // Records of one identity node (no tombstone: it would be a node) merge into a record of that identity: nothing new to link.
    const oneIdentity = nodeCount[g] === 1;
    if (
      settled &&
      !oneIdentity &&
      mayLinkFurther(
        clusterNode(c),
        groupNodes[g]!.map((node) => grouped.node(node)),
      )
    )
      settled = false;
  }
  if (settled) return out;
  const clusters = out.map((c, g) => (typeof c !== 'number' ? c : members[g] ? resolveCluster(members[g].map(single)) : single(c)));
  return settle(clusters, clusters.map(clusterNode));
}

const NO_TOMBSTONES: readonly Cluster[] = Object.freeze([]);

/** Group clusters again until no two are the same paper (a merged record can carry a new fingerprint). */
function settle(clusters: Cluster[], nodes: IdentityNode[]): Cluster[] {
  for (;;) {
    const groups = groupByIdentity(nodes);
    if (groups.every((g) => g.length === 1)) return clusters;
    const next: Cluster[] = [];
    const nextNodes: IdentityNode[] = [];
    for (const g of groups) {
      if (g.length === 1) {
        next.push(clusters[g[0]!]!);
        nextNodes.push(nodes[g[0]!]!);
      } else {
        const c = resolveCluster(g.map((i) => clusters[i]!));
        next.push(c);
        nextNodes.push(clusterNode(c));
      }
    }
    clusters = next;
    nodes = nextNodes;
  }
}

/**
 * Merge `incoming` into `local`. The papers and tombstones returned depend only on the union of both libraries
 * (commutative, associative, idempotent); the report describes the change from `local`'s point of view.
 */
export function mergeLibraries(local: Library, incoming: Library): MergeResult {
  return merge(local, incoming, false);
}

/** mergeLibraries without its fast paths: what the tests hold them to (test/library/merge-fast-paths.test.ts). */
export function mergeLibrariesReference(local: Library, incoming: Library): MergeResult {
  return merge(local, incoming, true);
}

/**
 * mergeLibraries with the result's papers in no particular order (sorting 30,000 by id is a sixth of a merge of 20k
 * into 20k): for an import preview, which shows the report and never stores the papers.
 */
export function mergeUnordered(local: Library, incoming: Library): MergeResult {
  return merge(local, incoming, false, false);
}

function merge(local: Library, incoming: Library, reference: boolean, ordered = true): MergeResult {
  const tombstonesById = new Map<string, Tombstone>();
  for (const t of [...local.tombstones, ...incoming.tombstones]) {
    const prev = tombstonesById.get(t.id);
    // Keys in canonical (sorted) order, as mergeTombstone leaves them: a tombstone reads the same on every device.
    tombstonesById.set(t.id, prev ? mergeTombstone(prev, t) : { ...t, keys: [...new Set(t.keys)].sort() });
  }
  const all = local.papers.concat(incoming.papers);
  const nLocal = local.papers.length;
  const clusters = groupClusters(all, nLocal, [...tombstonesById.values()], reference);

  const report: MergeReport = {
    added: [],
    updated: Object.create(null) as MergeReport['updated'],
    unchanged: 0,
    conflicts: [],
    deleted: [],
    keptDespiteDeletion: [],
    replaced: Object.create(null) as MergeReport['replaced'],
    removedIds: [],
    suppressed: 0,
    tombstonesChanged: 0,
  };
  const papers: Paper[] = [];
  const tombstones: Tombstone[] = [];
  const incomingTombstoneIds = new Set(incoming.tombstones.map((t) => t.id));

  for (const c of clusters) {
    if (typeof c === 'number') {
      // One record alone: a local paper stays as it is, an incoming one is new.
      const p = all[c]!;
      papers.push(p);
      if (c < nLocal) report.unchanged++;
      else report.added.push(p.id);
      continue;
    }
    tombstones.push(...c.tombstones);
    const paper = c.live;
    const localPapers = c.localIndices.map((i) => all[i]!);
    if (!paper) {
      report.deleted.push(...localPapers.map((p) => p.id));
      if (!localPapers.length) report.suppressed += c.incomingIndices.length;
      continue;
    }
    if (c.tombstones.length && (c.incomingIndices.length || c.tombstones.some((t) => incomingTombstoneIds.has(t.id)))) {
      report.keptDespiteDeletion.push(paper.id);
    }
    if (!localPapers.length) {
      report.added.push(paper.id);
      papers.push(paper);
      continue;
    }
    const base = localPapers.find((p) => p.id === paper.id) ?? localPapers[0]!;
    for (const p of localPapers) if (p.id !== paper.id) report.replaced[p.id] = paper.id;
    // `paper` is mergePaperExplained(base, other) when c.merged.a is base: its picks say which merged fields changed.
    const changes = changedFields(base, paper, !reference && c.merged?.a === base ? c.merged.picks : undefined);
    if (localPapers.length > 1) changes.unshift('merged');
    // Differences are reported whichever side won: a library that keeps its own values still says what it dropped.
    const incomingPapers = c.incomingIndices.map((i) => all[i]!);
    const identicalPair = !c.merged && !c.tombstones.length && localPapers.length === 1 && incomingPapers.length === 1;
    if (incomingPapers.length && !identicalPair) {
      // The usual update (one local record, one incoming): the cluster's own merge already says which side won.
      const reuse =
        c.merged &&
        localPapers.length === 1 &&
        incomingPapers.length === 1 &&
        c.merged.a === localPapers[0] &&
        c.merged.b === incomingPapers[0];
      const localWhole = mergeAll(localPapers);
      const incomingWhole = mergeAll(incomingPapers);
      report.conflicts.push(
        ...explainConflicts(
          paper.id,
          localWhole,
          incomingWhole,
          reuse ? c.merged!.picks : mergePaperExplained(localWhole, incomingWhole).picks,
        ),
      );
    }
    if (!changes.length) {
      report.unchanged++;
      papers.push(base);
      continue;
    }
    report.updated[paper.id] = changes;
    papers.push(paper);
  }

  const localTombstones = new Map(local.tombstones.map((t) => [t.id, t]));
  const finalTombstones = sortedById(tombstones).map((t) => {
    const before = localTombstones.get(t.id);
    if (before && deepEqual(before, t)) return before;
    report.tombstonesChanged++;
    return t;
  });

  // A local id leaves the library only as a deleted or replaced record's (a record alone keeps its id).
  if (report.deleted.length || Object.keys(report.replaced).length) {
    const resultIds = new Set(papers.map((p) => p.id));
    report.removedIds = local.papers.map((p) => p.id).filter((id) => !resultIds.has(id));
  }
  report.added.sort();
  report.deleted.sort();
  report.keptDespiteDeletion.sort();
  return { papers: ordered ? sortInPlaceById(papers) : papers, tombstones: finalTombstones, report };
}

const REASONS: Record<FieldPick['reason'], string> = {
  newer: 'newer edit wins',
  'tie-break': 'same edit time: deterministic tie-break',
  'earlier key': 'citation keys never change: the earlier key is kept',
  'only value': 'only one side has a value',
};

/**
 * Every field where the two sides hold different values, whichever side won, with both values and why the winner won.
 * A field one side never wrote (no value, no write time) is not a difference: the other side's value is just added.
 */
function explainConflicts(paperId: string, local: Paper, incoming: Paper, picks: Picks): FieldConflict[] {
  const out: FieldConflict[] = [];
  const neverWritten = (p: Paper, field: MergedField) => p[field] === undefined && !p.clock[field];
  for (let i = 0; i < MERGED_FIELDS.length; i++) {
    const field = MERGED_FIELDS[i]!;
    const lv = local[field];
    const iv = incoming[field];
    const pick = picks.fields[i]!;
    if (pick.same || neverWritten(local, field) || neverWritten(incoming, field)) continue;
    out.push({
      paperId,
      field,
      local: lv ?? null,
      incoming: iv ?? null,
      winner: pick.fromB ? 'incoming' : 'local',
      reason: describe(pick, local.clock[field] ?? 0, incoming.clock[field] ?? 0),
    });
  }
  for (const name of STRONG_ID_NAMES) {
    const pick = picks.ids?.[name];
    if (!pick) continue;
    out.push({
      paperId,
      field: `ids.${name}`,
      local: local.ids[name],
      incoming: incoming.ids[name],
      winner: pick.fromB ? 'incoming' : 'local',
      reason: `${REASONS[pick.reason]}; the other identifier is kept in related`,
    });
  }
  for (const tag of Object.keys(local.tags)) {
    const l = local.tags[tag];
    const i = Object.hasOwn(incoming.tags, tag) ? incoming.tags[tag] : undefined;
    if (!l || !i || l.on === i.on) continue;
    const incomingWins = i.t !== l.t ? i.t > l.t : i.on;
    out.push({
      paperId,
      field: `tag:${tag}`,
      local: l.on ? 'tagged' : 'removed',
      incoming: i.on ? 'tagged' : 'removed',
      winner: incomingWins ? 'incoming' : 'local',
      reason: i.t !== l.t ? 'newer edit wins' : 'same edit time: the tag is kept',
    });
  }
  return out;
}

const MS_PER_DAY = 86_400_000;
/** 9999-12-31T23:59:59.999Z: the last time toISOString writes with a four-digit year. */
const LAST_FOUR_DIGIT_YEAR_TIME = 253_402_300_799_999;
const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

/**
 * `new Date(t).toISOString()`, written without a Date for a whole t from 1970 to year 9999 (a merge report writes two
 * per conflict: 20,000 for a 20k import that edits 5,000 papers). The civil date from days since 1970-01-01 is Howard
 * Hinnant's `civil_from_days`.
 */
export function isoTime(t: number): string {
  if (!Number.isSafeInteger(t) || t < 0 || t > LAST_FOUR_DIGIT_YEAR_TIME) return new Date(t).toISOString();
  const days = Math.floor(t / MS_PER_DAY);
  let ms = t - days * MS_PER_DAY;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(ms / 3_600_000);
  ms -= hours * 3_600_000;
  const minutes = Math.floor(ms / 60_000);
  ms -= minutes * 60_000;
  const seconds = Math.floor(ms / 1000);
  ms -= seconds * 1000;
  const yyyy = year < 1000 ? String(year).padStart(4, '0') : String(year);
  return `${yyyy}-${pad2(month)}-${pad2(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}

function describe(pick: FieldPick, localT: number, incomingT: number): string {
  const when = (t: number) => (t ? isoTime(t) : 'never edited');
  if (pick.reason === 'newer' || pick.reason === 'earlier key') {
    return `${REASONS[pick.reason]} (local ${when(localT)}, incoming ${when(incomingT)})`;
  }
  return REASONS[pick.reason];
}

export interface ImportPreview extends MergeResult {
  /** The report as readable lines (also what the CLI prints). */
  summary: string;
}

/** What applying `incoming` would do to `library`: the merge result (to apply as is) and its report. */
export function previewImport(library: Library, incoming: Library): ImportPreview {
  const result = mergeLibraries(library, incoming);
  return { ...result, summary: formatMergeReport(result.report) };
}

function preview(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** The merge report as readable text. */
export function formatMergeReport(r: MergeReport): string {
  const lines = [
    `${r.added.length} new, ${Object.keys(r.updated).length} updated, ${r.unchanged} unchanged, ${r.deleted.length} deleted, ${r.conflicts.length} conflicts`,
  ];
  for (const id of r.added.slice(0, 50)) lines.push(`  new: ${id}`);
  for (const [id, fields] of Object.entries(r.updated).slice(0, 50)) lines.push(`  updated: ${id} (${fields.join(', ')})`);
  for (const c of r.conflicts.slice(0, 50)) {
    lines.push(
      `  conflict: ${c.paperId} ${c.field}: kept ${c.winner} ${preview(c.winner === 'local' ? c.local : c.incoming)} over ${preview(c.winner === 'local' ? c.incoming : c.local)}: ${c.reason}`,
    );
  }
  for (const id of r.deleted.slice(0, 50)) lines.push(`  deleted: ${id}`);
  for (const id of r.keptDespiteDeletion.slice(0, 50)) lines.push(`  kept despite deletion (edited after it): ${id}`);
  for (const [from, to] of Object.entries(r.replaced).slice(0, 50)) lines.push(`  merged: ${from} -> ${to}`);
  if (r.suppressed) lines.push(`  ${r.suppressed} incoming papers not added: deleted here`);
  return lines.join('\n');
}
