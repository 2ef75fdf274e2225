/**
 * A fast path for `Paper.safeParse` on the papers of a sync file (issue 19): zod's per-value bookkeeping (jitless:
 * extension pages forbid `new Function`) and the garbage it leaves cost 3-5x the file's `JSON.parse`. `fastPaper`
 * checks a value against the same rules by hand and builds the same output (keys in schema order, tags in a
 * prototype-less map), or returns undefined for anything it does not prove valid: an invalid paper, an unknown key, a
 * shape it does not handle. The caller then runs zod, which gives the error message. It may only ever be stricter
 * than `Paper` (test/formats/fast-paper.test.ts checks it against zod on generated and mutated papers); keep it in
 * step with lib/model.ts.
 */
import { Paper as PaperSchema, type Author, type Paper, type Signals, type Source, type TagState } from '../model';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number, min = 0): v is string => typeof v === 'string' && v.length <= max && v.length >= min;
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const int = (v: unknown, min = -Infinity, max = Infinity): v is number =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
const HTTP = /^https?:\/\//i;
const url = (v: unknown): v is string => str(v, 4096) && HTTP.test(v);
const ARXIV = /^(\d{4}\.\d{4,5}|[a-z][a-z.-]*(\.[A-Z]{2})?\/\d{7})$/;
const DOI = /^10\.\S+$/;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const PAGE_KINDS = new Set(['profile', 'feed', 'lab', 'venue', 'single']);
const ENTRY_TYPES = new Set(['article', 'inproceedings', 'preprint', 'book', 'incollection', 'thesis', 'report', 'misc']);
const READ_STATES = new Set(['unread', 'reading', 'read']);

/** Thrown inside the check: the value is not proven valid (zod decides). Never escapes `fastPaper`. */
const NO = Symbol('not proven');
function fail(): never {
  throw NO;
}

/** Every own key of `o` is one of `known`. */
function onlyKeys(o: Obj, known: ReadonlySet<string>): void {
  for (const k in o) if (!known.has(k)) fail();
}

function strings(v: unknown, maxItems: number, maxLength: number): string[] {
  if (!Array.isArray(v) || v.length > maxItems) fail();
  for (const s of v) if (!str(s, maxLength)) fail();
  return v.slice();
}

const IDS_KEYS = new Set(['arxiv', 'doi', 'openreview', 'dblp', 's2']);
function ids(v: unknown): Paper['ids'] {
  if (!isObj(v)) fail();
  onlyKeys(v, IDS_KEYS);
  const out: Paper['ids'] = {};
  if ('arxiv' in v) {
    if (!str(v.arxiv, 64) || !ARXIV.test(v.arxiv)) fail();
    out.arxiv = v.arxiv;
  }
  if ('doi' in v) {
    if (!str(v.doi, 512) || !DOI.test(v.doi)) fail();
    out.doi = v.doi;
  }
  if ('openreview' in v) {
    if (!str(v.openreview, 128)) fail();
    out.openreview = v.openreview;
  }
  if ('dblp' in v) {
    if (!str(v.dblp, 256)) fail();
    out.dblp = v.dblp;
  }
  if ('s2' in v) {
    if (!str(v.s2, 128)) fail();
    out.s2 = v.s2;
  }
  return out;
}

const SIGNAL_KEYS = new Set(['upvotes', 'citations', 'comments', 'score', 'category', 'categories', 'orgs', 'hasCode', 'stars']);
function signals(v: unknown): Signals {
  if (!isObj(v)) fail();
  onlyKeys(v, SIGNAL_KEYS);
  const out: Signals = {};
  for (const k of ['upvotes', 'citations', 'comments'] as const) {
    if (!(k in v)) continue;
    if (!int(v[k], 0)) fail();
    out[k] = v[k] as number;
  }
  if ('score' in v) {
    if (!num(v.score)) fail();
    out.score = v.score;
  }
  if ('category' in v) {
    if (!str(v.category, 200)) fail();
    out.category = v.category;
  }
  if ('categories' in v) out.categories = strings(v.categories, 50, 200);
  if ('orgs' in v) out.orgs = strings(v.orgs, 100, 300);
  if ('hasCode' in v) {
    if (typeof v.hasCode !== 'boolean') fail();
    out.hasCode = v.hasCode;
  }
  if ('stars' in v) {
    if (!int(v.stars, 0)) fail();
    out.stars = v.stars as number;
  }
  return out;
}

function authors(v: unknown): Author[] {
  if (!Array.isArray(v) || v.length > 20_000) fail();
  const out: Author[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const a: unknown = v[i];
    if (typeof a === 'string') {
      if (a.length > 300) fail();
      out[i] = a;
    } else {
      if (!isObj(a)) fail();
      for (const k in a) if (k !== 'literal') fail();
      if (!str(a.literal, 300, 1)) fail();
      out[i] = { literal: a.literal };
    }
  }
  return out;
}

const SOURCE_KEYS = new Set(['site', 'url', 'kind', 'firstSeenAt', 'seenAt', 'context', 'signals']);
function sources(v: unknown): Source[] {
  if (!Array.isArray(v) || v.length > 1000) fail();
  return v.map(source);
}

function source(s: unknown): Source {
  {
    if (!isObj(s)) fail();
    onlyKeys(s, SOURCE_KEYS);
    if (!str(s.site, 60) || !url(s.url) || typeof s.kind !== 'string' || !PAGE_KINDS.has(s.kind) || !num(s.firstSeenAt) || !num(s.seenAt))
      fail();
    const out: Source = { site: s.site, url: s.url, kind: s.kind as Source['kind'], firstSeenAt: s.firstSeenAt, seenAt: s.seenAt };
    if ('context' in s) {
      if (!str(s.context, 500)) fail();
      out.context = s.context;
    }
    if ('signals' in s) out.signals = signals(s.signals);
    return out;
  }
}

function tags(v: unknown): Paper['tags'] {
  // zod turns a plain object into its entries (an array is validated as entries itself: left to zod).
  if (!isObj(v)) fail();
  const out = Object.create(null) as Record<string, TagState>;
  let count = 0;
  for (const name of Object.keys(v)) {
    if (++count > 100_000 || name.length > 200) fail();
    const state = v[name];
    if (!isObj(state)) fail();
    for (const k in state) if (k !== 'on' && k !== 't') fail();
    if (typeof state.on !== 'boolean' || !num(state.t)) fail();
    out[name] = { on: state.on, t: state.t };
  }
  return out;
}

function clock(v: unknown): Paper['clock'] {
  if (!isObj(v)) fail();
  const out: Paper['clock'] = {};
  for (const k of Object.keys(v)) {
    if (k.length > 40 || k === '__proto__' || !num(v[k])) fail();
    out[k] = v[k] as number;
  }
  return out;
}

/** The keys a stored paper may have: the Paper schema's own, so the two cannot drift apart. */
const PAPER_KEYS = new Set(Object.keys(PaperSchema.shape));

/** Optional text field: absent, or a string of at most `max` characters. */
function optionalText(p: Obj, out: Obj, key: string, max: number, pattern?: RegExp): void {
  if (!(key in p)) return;
  const v = p[key];
  if (!str(v, max) || (pattern && !pattern.test(v))) fail();
  out[key] = v;
}

function optionalUrl(p: Obj, out: Obj, key: string): void {
  if (!(key in p)) return;
  if (!url(p[key])) fail();
  out[key] = p[key];
}

function check(p: unknown): Paper {
  if (!isObj(p)) fail();
  onlyKeys(p, PAPER_KEYS);
  // Keys in the order of the schema (lib/model.ts Paper), as zod writes its output.
  const out: Obj = {};
  if (!str(p.id, 600)) fail();
  out.id = p.id;
  if (!str(p.title, 2000, 1)) fail();
  out.title = p.title;
  if (typeof p.authorsTruncated !== 'boolean') fail();
  out.authorsTruncated = p.authorsTruncated;
  if ('authorCount' in p) {
    if (!int(p.authorCount, 0)) fail();
    out.authorCount = p.authorCount;
  }
  if ('year' in p) {
    if (!int(p.year, 1000, 2200)) fail();
    out.year = p.year;
  }
  optionalText(p, out, 'date', 10, ISO_DATE);
  optionalText(p, out, 'venue', 1000);
  if ('type' in p) {
    if (typeof p.type !== 'string' || !ENTRY_TYPES.has(p.type)) fail();
    out.type = p.type;
  }
  optionalText(p, out, 'abstract', 50_000);
  optionalText(p, out, 'comment', 2000);
  out.ids = ids(p.ids);
  optionalUrl(p, out, 'url');
  optionalUrl(p, out, 'pdf');
  optionalUrl(p, out, 'code');
  optionalText(p, out, 'bibtex', 50_000);
  out.authors = authors(p.authors);
  optionalText(p, out, 'citationKey', 200);
  out.signals = signals(p.signals);
  out.sources = sources(p.sources);
  out.tags = tags(p.tags);
  if (!str(p.note, 100_000)) fail();
  out.note = p.note;
  if (typeof p.readState !== 'string' || !READ_STATES.has(p.readState)) fail();
  out.readState = p.readState;
  if (typeof p.starred !== 'boolean') fail();
  out.starred = p.starred;
  if (!num(p.addedAt) || !num(p.updatedAt)) fail();
  out.addedAt = p.addedAt;
  out.updatedAt = p.updatedAt;
  out.clock = clock(p.clock);
  if ('related' in p) out.related = strings(p.related, 100, 600);
  return out as Paper;
}

/**
 * The same checks, reusing the value's own parts (issue 19: copying every paper of a 20k file was most of the import's
 * garbage). An object whose keys are a subsequence of its schema's key order (zod's output order) is used as it is;
 * one out of that order is copied in order. Each `*Reused` returns its value itself or such a copy, or throws NO.
 */
const keyOrder = (keys: readonly string[]) => new Map(keys.map((k, i) => [k, i]));
const PAPER_KEY_LIST = Object.keys(PaperSchema.shape);
const PAPER_ORDER = keyOrder(PAPER_KEY_LIST);
const IDS_ORDER = keyOrder(['arxiv', 'doi', 'openreview', 'dblp', 's2']);
const SIGNALS_ORDER = keyOrder(['upvotes', 'citations', 'comments', 'score', 'category', 'categories', 'orgs', 'hasCode', 'stars']);
const SOURCE_ORDER = keyOrder(['site', 'url', 'kind', 'firstSeenAt', 'seenAt', 'context', 'signals']);

/** Every own key of `o` is in `order` (else not proven), in its order (else false). */
function inOrder(o: Obj, order: ReadonlyMap<string, number>): boolean {
  let last = -1;
  for (const k in o) {
    const i = order.get(k);
    if (i === undefined) fail();
    if (i < last) return false;
    last = i;
  }
  return true;
}

function validText(p: Obj, key: string, max: number, pattern?: RegExp): void {
  if (!(key in p)) return;
  const v = p[key];
  if (!str(v, max) || (pattern && !pattern.test(v))) fail();
}

function validUrl(p: Obj, key: string): void {
  if (key in p && !url(p[key])) fail();
}

function validStrings(v: unknown, maxItems: number, maxLength: number): void {
  if (!Array.isArray(v) || v.length > maxItems) fail();
  for (let i = 0; i < v.length; i++) if (!str(v[i], maxLength)) fail();
}

function idsReused(v: unknown): Paper['ids'] {
  if (!isObj(v) || !inOrder(v, IDS_ORDER)) return ids(v);
  if ('arxiv' in v && (!str(v.arxiv, 64) || !ARXIV.test(v.arxiv))) fail();
  if ('doi' in v && (!str(v.doi, 512) || !DOI.test(v.doi))) fail();
  if ('openreview' in v && !str(v.openreview, 128)) fail();
  if ('dblp' in v && !str(v.dblp, 256)) fail();
  if ('s2' in v && !str(v.s2, 128)) fail();
  return v;
}

function signalsReused(v: unknown): Signals {
  if (!isObj(v) || !inOrder(v, SIGNALS_ORDER)) return signals(v);
  if ('upvotes' in v && !int(v.upvotes, 0)) fail();
  if ('citations' in v && !int(v.citations, 0)) fail();
  if ('comments' in v && !int(v.comments, 0)) fail();
  if ('score' in v && !num(v.score)) fail();
  if ('category' in v && !str(v.category, 200)) fail();
  if ('categories' in v) validStrings(v.categories, 50, 200);
  if ('orgs' in v) validStrings(v.orgs, 100, 300);
  if ('hasCode' in v && typeof v.hasCode !== 'boolean') fail();
  if ('stars' in v && !int(v.stars, 0)) fail();
  return v;
}

function authorsReused(v: unknown): Author[] {
  if (!Array.isArray(v) || v.length > 20_000) fail();
  for (let i = 0; i < v.length; i++) {
    const a: unknown = v[i];
    if (typeof a === 'string') {
      if (a.length > 300) fail();
    } else {
      if (!isObj(a)) fail();
      for (const k in a) if (k !== 'literal') fail();
      if (!str(a.literal, 300, 1)) fail();
    }
  }
  return v as Author[];
}

function sourceReused(s: unknown): Source {
  if (!isObj(s) || !inOrder(s, SOURCE_ORDER)) return source(s);
  if (!str(s.site, 60) || !url(s.url) || typeof s.kind !== 'string' || !PAGE_KINDS.has(s.kind) || !num(s.firstSeenAt) || !num(s.seenAt))
    fail();
  if ('context' in s && !str(s.context, 500)) fail();
  if ('signals' in s) {
    const own = signalsReused(s.signals);
    if (own !== s.signals) return { ...(s as Source), signals: own };
  }
  return s as Source;
}

function sourcesReused(v: unknown): Source[] {
  if (!Array.isArray(v) || v.length > 1000) fail();
  let out: Source[] | undefined;
  for (let i = 0; i < v.length; i++) {
    const s = sourceReused(v[i]);
    if (s !== v[i]) (out ??= v.slice())[i] = s;
  }
  return out ?? (v as Source[]);
}

/** The tag map itself when every state's keys are in order (the caller then drops its prototype), else a copy. */
function tagsReused(v: unknown): Paper['tags'] {
  if (!isObj(v)) fail();
  let count = 0;
  for (const name of Object.keys(v)) {
    if (++count > 100_000 || name.length > 200) fail();
    const state = v[name];
    if (!isObj(state)) fail();
    let first = true;
    for (const k in state) {
      if (k !== 'on' && k !== 't') fail();
      if (first && k !== 'on') return tags(v);
      first = false;
    }
    if (typeof state.on !== 'boolean' || !num(state.t)) fail();
  }
  return v as Paper['tags'];
}

function clockReused(v: unknown): Paper['clock'] {
  if (!isObj(v)) fail();
  for (const k of Object.keys(v)) if (k.length > 40 || k === '__proto__' || !num(v[k])) fail();
  return v as Paper['clock'];
}

function checkReusing(p: unknown): Paper {
  if (!isObj(p)) fail();
  const ordered = inOrder(p, PAPER_ORDER);
  if (!str(p.id, 600) || !str(p.title, 2000, 1) || typeof p.authorsTruncated !== 'boolean') fail();
  if ('authorCount' in p && !int(p.authorCount, 0)) fail();
  if ('year' in p && !int(p.year, 1000, 2200)) fail();
  validText(p, 'date', 10, ISO_DATE);
  validText(p, 'venue', 1000);
  if ('type' in p && (typeof p.type !== 'string' || !ENTRY_TYPES.has(p.type))) fail();
  validText(p, 'abstract', 50_000);
  validText(p, 'comment', 2000);
  const ids = idsReused(p.ids);
  validUrl(p, 'url');
  validUrl(p, 'pdf');
  validUrl(p, 'code');
  validText(p, 'bibtex', 50_000);
  authorsReused(p.authors);
  validText(p, 'citationKey', 200);
  const signals = signalsReused(p.signals);
  const sources = sourcesReused(p.sources);
  const tags = tagsReused(p.tags);
  if (!str(p.note, 100_000)) fail();
  if (typeof p.readState !== 'string' || !READ_STATES.has(p.readState)) fail();
  if (typeof p.starred !== 'boolean' || !num(p.addedAt) || !num(p.updatedAt)) fail();
  clockReused(p.clock);
  if ('related' in p) validStrings(p.related, 100, 600);
  // Proven valid: from here on the value may change. Assigning an existing key keeps the keys' order.
  let out = p;
  if (!ordered) {
    out = {};
    for (const k of PAPER_KEY_LIST) if (k in p) out[k] = p[k];
  }
  if (ids !== p.ids) out.ids = ids;
  if (signals !== p.signals) out.signals = signals;
  if (sources !== p.sources) out.sources = sources;
  if (tags === p.tags) Object.setPrototypeOf(tags, null);
  else out.tags = tags;
  return out as Paper;
}

/**
 * `value` as `Paper.parse` would return it, when the fast check proves it valid, made of the value's own parts where
 * their keys are in schema order (the value itself when all are, its tag map then without a prototype); else undefined
 * (ask zod). Only for values nothing else holds, such as a file's parsed JSON: the value may be changed.
 */
export function fastPaperInPlace(value: unknown): Paper | undefined {
  try {
    return checkReusing(value);
  } catch (e) {
    if (e === NO) return undefined;
    throw e;
  }
}

/** `value` as `Paper.parse` would return it, when the fast check proves it valid; else undefined (ask zod). */
export function fastPaper(value: unknown): Paper | undefined {
  try {
    return check(value);
  } catch (e) {
    if (e === NO) return undefined;
    throw e;
  }
}

/**
 * `o` itself when its keys come in `order`'s order, else a copy with them in that order (keys `order` does not name
 * after them, as they came).
 */
function keysInOrder<T extends object>(o: T, order: ReadonlyMap<string, number>, keys: readonly string[]): T {
  let last = -1;
  let ordered = true;
  for (const k in o) {
    const i = order.get(k);
    if (i === undefined || i < last) {
      ordered = false;
      break;
    }
    last = i;
  }
  if (ordered) return o;
  const from = o as Obj;
  const out: Obj = {};
  for (const k of keys) if (k in from) out[k] = from[k];
  for (const k in from) if (!order.has(k)) out[k] = from[k];
  return out as T;
}

const IDS_KEY_LIST = [...IDS_ORDER.keys()];
const SIGNALS_KEY_LIST = [...SIGNALS_ORDER.keys()];
const SOURCE_KEY_LIST = [...SOURCE_ORDER.keys()];
const TAG_STATE_ORDER = keyOrder(['on', 't']);

/**
 * A paper with its keys, and those of its ids, signals, sightings and tag states, in schema order (as zod writes them):
 * how a sync file holds its papers, so that the device importing it validates the parsed objects in place
 * (fastPaperInPlace) instead of copying each (issue 19: a 20k import spent ~0.7x its JSON.parse on such copies and
 * their garbage). The same values; unchanged parts are the paper's own.
 */
export function inSchemaOrder(p: Paper): Paper {
  const sources = p.sources.map((s) => {
    const own = keysInOrder(s, SOURCE_ORDER, SOURCE_KEY_LIST);
    const signals = own.signals && keysInOrder(own.signals, SIGNALS_ORDER, SIGNALS_KEY_LIST);
    return signals === own.signals ? own : { ...(own === s ? s : own), signals };
  });
  const tags = inSchemaOrderTags(p.tags);
  const ids = keysInOrder(p.ids, IDS_ORDER, IDS_KEY_LIST);
  const signals = keysInOrder(p.signals, SIGNALS_ORDER, SIGNALS_KEY_LIST);
  const out = keysInOrder(p, PAPER_ORDER, PAPER_KEY_LIST);
  const sameSources = sources.every((s, i) => s === p.sources[i]);
  if (out === p && ids === p.ids && signals === p.signals && sameSources && tags === p.tags) return p;
  const copy: Obj = out === p ? { ...p } : (out as Obj);
  copy.ids = ids;
  copy.signals = signals;
  copy.sources = sameSources ? p.sources : sources;
  copy.tags = tags;
  return copy as Paper;
}

function inSchemaOrderTags(tags: Paper['tags']): Paper['tags'] {
  let out: Paper['tags'] | undefined;
  for (const name of Object.keys(tags)) {
    const state = tags[name]!;
    const own = keysInOrder(state, TAG_STATE_ORDER, ['on', 't']);
    if (own === state) continue;
    if (!out) {
      out = Object.create(null) as Paper['tags'];
      for (const n of Object.keys(tags)) out[n] = tags[n]!;
    }
    out[name] = own;
  }
  return out ?? tags;
}
