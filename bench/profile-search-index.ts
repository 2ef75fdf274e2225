/**
 * Issue 19, "search ready at open": what a persisted full-text index would cost to bring back when the side panel
 * opens, measured before choosing a design. For each size: MiniSearch built from the papers (what the panel does on
 * every open today), its snapshot (toJSON) through a structured clone (v8.serialize/deserialize: what an IndexedDB
 * put/get of the snapshot object costs, without the disk) and MiniSearch.loadJS, loadJSON of the JSON text; and, for
 * comparison, a packed index (sorted terms in one string, postings in typed arrays: structured clone copies those
 * without walking them) with one prefix query on it.
 *   npx tsx bench/profile-search-index.ts [sizes=20000,100000]
 */
import { deserialize, serialize } from 'node:v8';
import MiniSearch from 'minisearch';
import { generatePapers } from '../test/support/generate';
import { authorName } from '../lib/names';
import type { Paper } from '../lib/model';

const sizes = (process.argv[2] ?? '20000,100000').split(',').map(Number);
const FIELDS = ['title', 'authors', 'abstract', 'venue', 'note', 'tags'];
const OPTIONS = { fields: FIELDS, storeFields: [], idField: 'id' };

const doc = (p: Paper) => ({
  id: p.id,
  title: p.title,
  authors: p.authors.map(authorName).join(' '),
  abstract: p.abstract ?? '',
  venue: p.venue ?? '',
  note: p.note,
  tags: Object.keys(p.tags).join(' '),
});

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/** Terms sorted, one string; per term its postings (doc ordinal << 3 | field number) in one Uint32Array. */
function pack(docs: ReturnType<typeof doc>[]) {
  const byTerm = new Map<string, number[]>();
  docs.forEach((d, ordinal) => {
    FIELDS.forEach((field, f) => {
      for (const raw of String(d[field as keyof typeof d]).split(SPACE_OR_PUNCTUATION)) {
        if (!raw) continue;
        const term = raw.toLowerCase();
        let list = byTerm.get(term);
        if (!list) byTerm.set(term, (list = []));
        const code = (ordinal << 3) | f;
        if (list[list.length - 1] !== code) list.push(code);
      }
    });
  });
  const terms = [...byTerm.keys()].sort();
  const termOffsets = new Uint32Array(terms.length + 1);
  const postingOffsets = new Uint32Array(terms.length + 1);
  let total = 0;
  let chars = 0;
  terms.forEach((t, i) => {
    termOffsets[i] = chars;
    postingOffsets[i] = total;
    chars += t.length;
    total += byTerm.get(t)!.length;
  });
  termOffsets[terms.length] = chars;
  postingOffsets[terms.length] = total;
  const postings = new Uint32Array(total);
  terms.forEach((t, i) => postings.set(byTerm.get(t)!, postingOffsets[i]!));
  return { terms: terms.join(''), termOffsets, postings, postingOffsets, ids: docs.map((d) => d.id).join('\n') };
}

type Packed = ReturnType<typeof pack>;

/** Ordinals of documents holding a term that starts with `prefix` (binary search on the sorted terms). */
function prefixQuery(p: Packed, prefix: string): Set<number> {
  const n = p.termOffsets.length - 1;
  const term = (i: number) => p.terms.slice(p.termOffsets[i], p.termOffsets[i + 1]);
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (term(mid) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<number>();
  for (let i = lo; i < n && term(i).startsWith(prefix); i++)
    for (let j = p.postingOffsets[i]!; j < p.postingOffsets[i + 1]!; j++) out.add(p.postings[j]! >>> 3);
  return out;
}

const all = generatePapers(Math.max(...sizes), 7);
for (const n of sizes) {
  const docs = all.slice(0, n).map(doc);
  const [index, build] = time(() => {
    const m = new MiniSearch(OPTIONS);
    m.addAll(docs);
    return m;
  });
  const [snapshot, toJs] = time(() => index.toJSON());
  const [bytes, ser] = time(() => serialize(snapshot));
  const [cloned, de] = time(() => deserialize(bytes));
  const [, loadJs] = time(() => MiniSearch.loadJS(cloned, OPTIONS));
  const [text, stringify] = time(() => JSON.stringify(index));
  const [, loadJson] = time(() => MiniSearch.loadJSON(text, OPTIONS));
  const [packed, packMs] = time(() => pack(docs));
  const [packedBytes, pser] = time(() => serialize(packed));
  const [packedBack, pde] = time(() => deserialize(packedBytes) as Packed);
  const [ids, splitIds] = time(() => packedBack.ids.split('\n'));
  const [hits, query] = time(() => prefixQuery(packedBack, 'diff'));
  console.log(
    [
      `${n} papers:`,
      `  MiniSearch addAll ${build.toFixed(0)} ms (today, on every panel open)`,
      `  snapshot: toJSON ${toJs.toFixed(0)} ms, structured clone ${(bytes.length / 1e6).toFixed(1)} MB: serialize ${ser.toFixed(0)} + deserialize ${de.toFixed(0)} ms, loadJS ${loadJs.toFixed(0)} ms`,
      `  JSON text ${(text.length / 1e6).toFixed(1)} MB: stringify ${stringify.toFixed(0)} ms, loadJSON ${loadJson.toFixed(0)} ms`,
      `  packed (typed arrays): build ${packMs.toFixed(0)} ms, ${(packedBytes.length / 1e6).toFixed(1)} MB, serialize ${pser.toFixed(0)} + deserialize ${pde.toFixed(0)} ms, ids split ${splitIds.toFixed(1)} ms (${ids.length}); prefix "diff" ${query.toFixed(2)} ms, ${hits.size} papers`,
    ].join('\n'),
  );
}
