import { describe, expect, it } from 'vitest';
import { generatePapers } from '../support/generate';
import { makePaper } from '../helpers';
import type { Paper } from '../../lib/model';
import {
  EMPTY_QUERY,
  LibraryModel,
  activeTags,
  effectiveSort,
  isFiltered,
  pageKey,
  rangeBetween,
  runQuery,
  signalValue,
  type LibraryQuery,
} from '../../lib/library/query';
import { packIndex } from '../../lib/library/search-index';

const papers = generatePapers(400, 3);
const byId = new Map(papers.map((p) => [p.id, p]));
const q = (over: Partial<LibraryQuery>): LibraryQuery => ({ ...EMPTY_QUERY, ...over });

async function model(ps: Paper[] = papers): Promise<LibraryModel> {
  const m = new LibraryModel(ps);
  m.buildIndex();
  return m;
}

function paper(over: Partial<Paper> & { id: string; title: string }): Paper {
  return makePaper({
    authors: ['Ada Lovelace'],
    sources: [{ site: 'text', url: 'https://lab.example/pubs', kind: 'lab', firstSeenAt: 1, seenAt: 1 }],
    ...over,
  });
}

describe('runQuery', () => {
  it('without a query lists every paper, most recently added first, with library-wide counts', async () => {
    const r = runQuery(await model(), EMPTY_QUERY);
    expect(r.ids).toHaveLength(papers.length);
    const added = r.ids.map((id) => byId.get(id)!.addedAt);
    expect(added).toEqual([...added].sort((a, b) => b - a));
    expect(r.facets.readStates.unread + r.facets.readStates.reading + r.facets.readStates.read).toBe(papers.length);
    expect(r.facets.starred).toBe(papers.filter((p) => p.starred).length);
    const tag = [...r.facets.tags.keys()][0]!;
    expect(r.facets.tags.get(tag)).toBe(papers.filter((p) => p.tags[tag]?.on).length);
  });

  it('text search matches title words, author surnames, notes and tags, by prefix and with typos, ranked title first', async () => {
    const m = await model([
      paper({ id: 'a', title: 'Attention Is All You Need', authors: ['Ashish Vaswani', 'Noam Shazeer'] }),
      paper({ id: 'b', title: 'Scaling laws', abstract: 'Attention heads and scaling.' }),
      paper({ id: 'c', title: 'Unrelated', note: 'read with the reading group', tags: { 'to-read': { on: true, t: 1 } } }),
      paper({ id: 'd', title: 'Also unrelated', tags: { removed: { on: false, t: 2 } } }),
    ]);
    expect(runQuery(m, q({ text: 'attention', sort: 'relevance' })).ids).toEqual(['a', 'b']);
    expect(runQuery(m, q({ text: 'vaswa' })).ids).toEqual(['a']);
    expect(runQuery(m, q({ text: 'shazer' })).ids).toEqual(['a']); // one typo
    expect(runQuery(m, q({ text: 'reading group' })).ids).toEqual(['c']);
    expect(runQuery(m, q({ text: 'to-read' })).ids).toEqual(['c']);
    expect(runQuery(m, q({ text: 'removed' })).ids).toEqual([]); // a tag that is off is not searchable
    expect(runQuery(m, q({ text: 'attention s', sort: 'relevance' })).ids).toEqual(['a', 'b']); // the one-letter word is still being typed
  });

  it('search finds an organisation author by its words, in the index and in the scan before it', async () => {
    const ps = [
      paper({ id: 'o', title: 'OPT: Open Pre-trained Transformer Language Models', authors: [{ literal: 'The OPT Team' }, 'Susan Zhang'] }),
      paper({ id: 'p', title: 'Other' }),
    ];
    expect(runQuery(new LibraryModel(ps), q({ text: 'opt team' })).ids).toEqual(['o']);
    expect(runQuery(await model(ps), q({ text: 'team zhang' })).ids).toEqual(['o']);
  });

  it('filters combine (tags AND, sites OR, year range, read state, starred) and counts describe the search matches', async () => {
    const m = await model();
    const tag = 'to-read';
    const query = q({ tags: [tag], yearMin: 2005, yearMax: 2015, readState: 'unread' });
    const expected = papers.filter((p) => p.tags[tag]?.on && p.year! >= 2005 && p.year! <= 2015 && p.readState === 'unread');
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(runQuery(m, query).ids)).toEqual(new Set(expected.map((p) => p.id)));
    const starred = runQuery(m, q({ starredOnly: true, sites: ['huggingface'] }));
    expect(new Set(starred.ids)).toEqual(
      new Set(papers.filter((p) => p.starred && p.sources.some((s) => s.site === 'huggingface')).map((p) => p.id)),
    );
    const searched = runQuery(m, q({ text: 'transformers', tags: [tag] }));
    expect(searched.facets.tags.get(tag)).toBe(searched.ids.length);
    expect(searched.searchMatches).toBeGreaterThan(searched.ids.length);
  });

  it('sorts by year, title, upvotes and citations; ties fall back to recently added', async () => {
    const m = await model();
    const years = runQuery(m, q({ sort: 'year' })).ids.map((id) => byId.get(id)!.year ?? -1);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const titles = runQuery(m, q({ sort: 'title' })).ids.map((id) => byId.get(id)!.title.replace(/^[^\p{L}\p{N}]+/u, ''));
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    for (let i = 1; i < titles.length; i++) expect(collator.compare(titles[i - 1]!, titles[i]!)).toBeLessThanOrEqual(0);
    const upvotes = runQuery(m, q({ sort: 'upvotes' })).ids.map((id) => signalValue(byId.get(id)!, 'upvotes'));
    expect(upvotes).toEqual([...upvotes].sort((a, b) => b - a));
  });

  it('"captured from this page" compares page URLs without fragment or trailing slash', async () => {
    const m = await model([
      paper({
        id: 'here',
        title: 'Here',
        sources: [{ site: 'huggingface', url: 'https://huggingface.co/papers/date/2024-08-01', kind: 'feed', firstSeenAt: 1, seenAt: 1 }],
      }),
      paper({ id: 'there', title: 'There' }),
    ]);
    const here = pageKey('https://HuggingFace.co/papers/date/2024-08-01/#top')!;
    const r = runQuery(m, q({ fromPage: here }));
    expect(r.ids).toEqual(['here']);
    expect(r.facets.fromPage).toBe(1);
    expect(pageKey('chrome-extension://abc/sidepanel.html')).toBeUndefined();
    expect(pageKey('https://a.example/x?page=2')).not.toBe(pageKey('https://a.example/x?page=3'));
  });

  it('stays correct through incremental changes: upsert, remove, full re-read', async () => {
    const m = await model(papers.slice(0, 50));
    const v = m.version;
    const first = papers[0]!;
    m.upsert([{ ...first, title: 'Zymurgy of quasicrystals', note: 'brewing', updatedAt: first.updatedAt + 1 }]);
    expect(m.version).toBeGreaterThan(v);
    expect(runQuery(m, q({ text: 'zymurgy' })).ids).toEqual([first.id]);
    expect(runQuery(m, q({ text: first.title })).ids).not.toContain(undefined);
    m.remove([first.id]);
    expect(runQuery(m, q({ text: 'zymurgy' })).ids).toEqual([]);
    expect(runQuery(m, EMPTY_QUERY).ids).toHaveLength(49);
    expect(m.replaceAll(papers.slice(0, 50))).toBe(true);
    expect(m.replaceAll(papers.slice(0, 50))).toBe(false);
    expect(runQuery(m, EMPTY_QUERY).ids).toHaveLength(50);
    expect(runQuery(m, q({ text: 'zymurgy' })).ids).toEqual([]);
  });

  it('an index packed earlier and attached before the papers are read answers like one built from them, and follows later changes', async () => {
    const old = papers.slice(0, 300);
    const packed = packIndex(
      old.map((p, i) => ({ paper: p, chunk: Math.floor(i / 100) })),
      7,
    );
    // Since it was packed: chunk 1 was rewritten (one paper retitled, one deleted), and a paper was added to chunk 3.
    const retitled = { ...old[150]!, title: 'Quokka behaviour on sand', updatedAt: old[150]!.updatedAt + 1 };
    const late = paper({ id: 'late', title: 'Wombat burrows', addedAt: 10 ** 13 });
    const chunk1 = old.slice(100, 200).flatMap((p) => (p.id === old[151]!.id ? [] : p.id === retitled.id ? [retitled] : [p]));
    const now = [...old.slice(0, 100), ...chunk1, ...old.slice(200), late];
    const m = new LibraryModel();
    m.attachIndex(packed, [1, 3], [...chunk1, late]);
    // Before the papers are read: ids from the index alone, ranked.
    expect(m.loaded).toBe(false);
    expect(runQuery(m, q({ text: 'quokka', sort: 'relevance' })).ids).toEqual([retitled.id]);
    expect(runQuery(m, q({ text: 'wombat', sort: 'relevance' })).ids).toEqual(['late']);
    expect(runQuery(m, q({ text: old[151]!.title, sort: 'relevance' })).ids).not.toContain(old[151]!.id);
    const reference = await model(now);
    for (const text of ['transformers', 'bengio', 'efficient diffusion', old[150]!.title.split(' ')[0]!]) {
      expect(runQuery(m, q({ text, sort: 'relevance' })).ids).toEqual(runQuery(reference, q({ text, sort: 'relevance' })).ids);
    }
    m.load(now);
    m.upsert([{ ...late, title: 'Numbat diets' }]);
    m.remove([old[3]!.id]);
    expect(runQuery(m, q({ text: 'wombat' })).ids).toEqual([]);
    expect(runQuery(m, q({ text: 'numbat' })).ids).toEqual(['late']);
    expect(runQuery(m, q({ text: old[3]!.title })).ids).not.toContain(old[3]!.id);
  });

  it('without filters or facet counts the answer is the same list, taken from the sort order or the ranking', async () => {
    const m = await model();
    for (const over of [
      {},
      { sort: 'title' as const },
      { text: 'transformers', sort: 'relevance' as const },
      { text: 'bengio', sort: 'year' as const },
    ]) {
      const full = runQuery(m, q(over));
      const fast = runQuery(m, q(over), { facets: false });
      expect(fast.ids).toEqual(full.ids);
      expect(fast.searchMatches).toBe(full.searchMatches);
    }
  });

  it('an index swapped in after it was packed keeps the changes made while it was packed', async () => {
    const m = await model(papers.slice(0, 100));
    m.beginIndexSwap();
    const packed = packIndex(
      papers.slice(0, 100).map((p) => ({ paper: p, chunk: 0 })),
      1,
    );
    m.upsert([{ ...papers[4]!, title: 'Axolotl regeneration' }]);
    m.remove([papers[5]!.id]);
    m.attachIndex(packed); // packed before those changes, and no chunk marked stale
    expect(runQuery(m, q({ text: 'axolotl' })).ids).toEqual([papers[4]!.id]);
    expect(runQuery(m, q({ text: papers[5]!.title })).ids).not.toContain(papers[5]!.id);
  });

  it('search folds accents both ways', async () => {
    const m = await model([
      paper({ id: 'm', title: 'Über Graphen', authors: ['Jürgen Müller'] }),
      paper({ id: 'n', title: 'Other', authors: ['Jurgen Muller'] }),
    ]);
    expect(new Set(runQuery(m, q({ text: 'muller' })).ids)).toEqual(new Set(['m', 'n']));
    expect(new Set(runQuery(m, q({ text: 'Müller jürgen' })).ids)).toEqual(new Set(['m', 'n']));
    expect(runQuery(m, q({ text: 'uber' })).ids).toEqual(['m']);
  });
});

describe('helpers', () => {
  it('activeTags lists only tags that are on', () => {
    expect(
      activeTags(paper({ id: 'x', title: 'x', tags: { b: { on: true, t: 1 }, a: { on: true, t: 1 }, c: { on: false, t: 2 } } })),
    ).toEqual(['a', 'b']);
  });
  it('rangeBetween selects inclusive ranges either way', () => {
    expect(rangeBetween(['a', 'b', 'c', 'd'], 'c', 'a')).toEqual(['a', 'b', 'c']);
    expect(rangeBetween(['a', 'b'], 'zz', 'b')).toEqual(['b']);
  });
  it('best match without text falls back to recently added; isFiltered', () => {
    expect(effectiveSort(q({ sort: 'relevance' }))).toBe('added');
    expect(effectiveSort(q({ sort: 'relevance', text: 'gan' }))).toBe('relevance');
    expect(isFiltered(EMPTY_QUERY)).toBe(false);
    expect(isFiltered(q({ starredOnly: true }))).toBe(true);
  });
});
