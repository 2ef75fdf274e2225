import { describe, expect, it } from 'vitest';
import { arxiv } from '../../lib/sites/arxiv';
import { findAdapter } from '../../lib/sites/registry';
import { Candidate, PageScan } from '../../lib/model';
import { fixtureDocument, fixtureText } from '../helpers';
import { parseHtmlDocument } from '../../lib/cli/dom';

const SEARCH_URL = 'https://arxiv.org/search/?searchtype=abstract&query=distributed+systems&abstracts=show&size=200';
const scanOf = (file: string, url: string) => arxiv.extract(fixtureDocument(file), new URL(url));
const byId = (scan: PageScan, id: string) => scan.entries.find((e) => e.ids.arxiv === id)!;

describe('arXiv adapter: search results (real page, 200 results)', () => {
  const scan = scanOf('pages/arxiv-search-200-2025-12.html', SEARCH_URL);

  it('reads every result, as a feed with the query and the total', () => {
    expect(arxiv.detect(fixtureDocument('pages/arxiv-search-200-2025-12.html'), new URL(SEARCH_URL))).toBe('feed');
    expect(scan.kind).toBe('feed');
    expect(scan.entries).toHaveLength(200);
    expect(new Set(scan.entries.map((e) => e.ids.arxiv)).size).toBe(200);
    // h1.title: "Showing 1–200 of 77,800 results for abstract: distributed systems"
    expect(scan.context).toMatchObject({ query: 'distributed systems', stats: { total: 77800 } });
    for (const e of scan.entries) expect(Candidate.safeParse(e).success).toBe(true);
    expect(PageScan.safeParse(scan).success).toBe(true);
  });

  it('first result: title, single author, category, full abstract, submitted date', () => {
    // "arXiv:2512.03003 ... hep-ph ... The role of the top Yukawa coupling in triple Higgs production at the LHC
    //  Authors: Luca Panizzi ... Submitted 2 December, 2025"
    expect(scan.entries[0]).toMatchObject({
      title: 'The role of the top Yukawa coupling in triple Higgs production at the LHC',
      authors: ['Luca Panizzi'],
      authorsTruncated: false,
      date: '2025-12-02',
      year: 2025,
      venue: 'arXiv',
      type: 'preprint',
      ids: { arxiv: '2512.03003' },
      url: 'https://arxiv.org/abs/2512.03003',
      pdf: 'https://arxiv.org/pdf/2512.03003',
      signals: { category: 'hep-ph', categories: ['hep-ph'] },
      // "Comments: 6 pages, 4 figures, 1 table"
      comment: '6 pages, 4 figures, 1 table',
    });
    // The full abstract (not the "…at the LHC. Modifications" short one), search-hit spans flattened, no "△ Less".
    expect(scan.entries[0]!.abstract).toBe(
      'In this letter I quantify the effects of varying the top Yukawa coupling in the process of production of three Higgs bosons at the LHC. ' +
        'Modifications of the coupling within experimentally observed ranges have a sizeable impact on the total cross-section, but do not have large effects ' +
        'on the distributions of the invariant mass of the three-Higgs system and other global observables.',
    );
  });

  it('secondary categories follow the primary', () => {
    // 2512.02934: tags "quant-ph" (is-link) then "cond-mat.stat-mech" (is-grey); authors Yi-Cheng Wang, Ehud Altman, Samuel J. Garratt.
    expect(byId(scan, '2512.02934')).toMatchObject({
      title: 'Stability of quantum chaos against weak non-unitarity',
      authors: ['Yi-Cheng Wang', 'Ehud Altman', 'Samuel J. Garratt'],
      signals: { category: 'quant-ph', categories: ['quant-ph', 'cond-mat.stat-mech'] },
    });
  });

  it('DOI from the doi tag, lower-cased', () => {
    // 2512.10701: "doi 10.1145/3773274.3774931", tag cs.LG, "HybridVFL: Disentangled Feature Learning for ..."
    const e = byId(scan, '2512.10701');
    expect(e.ids.doi).toBe('10.1145/3773274.3774931');
    expect(e.title).toBe('HybridVFL: Disentangled Feature Learning for Edge-Enabled Vertical Federated Multimodal Classification');
    expect(e.signals?.category).toBe('cs.LG');
    expect(scan.entries.filter((x) => x.ids.doi).length).toBe(9); // 9 "doi" tags on the page
  });

  it('journal ref becomes the venue; the paper is then not typed as a preprint', () => {
    // 2512.02894: "Journal ref: Physica B: Condensed Matter, 417533 (2025)", doi 10.1016/j.physb.2025.417533
    expect(byId(scan, '2512.02894')).toMatchObject({
      venue: 'Physica B: Condensed Matter, 417533 (2025)',
      ids: { arxiv: '2512.02894', doi: '10.1016/j.physb.2025.417533' },
      authors: ['Jagadis Prasad Nayak', 'Raju Saini', 'Sourav Dash', 'Gopi Nath Daptary'],
      signals: { category: 'cond-mat.mtrl-sci' },
    });
    expect(byId(scan, '2512.02894').type).toBeUndefined();
    expect(scan.entries.filter((x) => x.venue !== 'arXiv').length).toBe(7); // 7 "Journal ref:" lines on the page
  });

  it('date is the first version\'s when the page shows "v1 submitted"', () => {
    // "Submitted 11 December, 2025; v1 submitted 8 December, 2025;"; author "Léa Gommeringer" decoded.
    const e = byId(scan, '2512.07321');
    expect(e.date).toBe('2025-12-08');
    expect(e.authors).toHaveLength(11);
    expect(e.authors).toContain('Léa Gommeringer');
    expect(e.authors.at(-1)).toBe('Jan Philipp Gabriel');
  });

  it('a code link given in the comments', () => {
    // "Comments: QuantumSavory Repository at: https://github.com/QuantumSavory/QuantumSavory.jl 17 pages, 9 figures"
    expect(byId(scan, '2512.16752')).toMatchObject({
      code: 'https://github.com/QuantumSavory/QuantumSavory.jl',
      signals: { hasCode: true },
    });
  });

  it('last result', () => {
    // "arXiv:2512.08261 ... cs.AI ... Beyond Traditional Diagnostics: ... Submitted 9 December, 2025"
    expect(scan.entries[199]).toMatchObject({
      title:
        'Beyond Traditional Diagnostics: Transforming Patient-Side Information into Predictive Insights with Knowledge Graphs and Prototypes',
      authors: ['Yibowen Zhao', 'Yinan Zhang', 'Zhixiang Su', 'Lizhen Cui', 'Chunyan Miao'],
      date: '2025-12-09',
      ids: { arxiv: '2512.08261' },
      signals: { category: 'cs.AI' },
    });
  });
});

describe('arXiv adapter: the live page, after MathJax 2 typeset it (real page rendered in Chromium)', () => {
  // test/fixtures/math/arxiv-search-rendered-excerpt.html: the 39 results of the saved search page whose titles,
  // abstracts or comments MathJax typeset, rendered with the page's own MathJax configuration (mathjax@2.7.9).
  const raw = scanOf('pages/arxiv-search-200-2025-12.html', SEARCH_URL);
  const live = scanOf('math/arxiv-search-rendered-excerpt.html', SEARCH_URL);

  it('gives what the served page gives, TeX as the page held it', () => {
    expect(live.entries).toHaveLength(39);
    // The one formula written \(…\) on the served page: MathJax keeps no trace of which delimiters held it.
    const delimiters = (s: string | undefined) => s?.replace('\\(\\!\\approx\\!\\)', () => '$\\!\\approx\\!$');
    for (const e of live.entries) {
      const r = byId(raw, e.ids.arxiv!);
      expect({ ...e, abstract: e.abstract }).toEqual({ ...r, abstract: delimiters(r.abstract) });
    }
  });

  it('titles with math: TeX once, not the rendered glyphs before it', () => {
    // Served: "Generalized Beth--Uhlenbeck entropy formula from the $Φ-$derivable approach"
    const titles = live.entries.map((e) => e.title).filter((t) => t.includes('$'));
    expect(titles).toContain('Generalized Beth--Uhlenbeck entropy formula from the $Φ-$derivable approach');
    expect(titles).toContain('Non-diagonal DVCS with spinless hadron-to-two-hadron transition $γ^* π\\to γππ$');
  });
});

describe('arXiv adapter: the same results under each renderer (test/fixtures/rendered/, made by math-live)', () => {
  const raw = scanOf('pages/arxiv-search-200-2025-12.html', SEARCH_URL);
  const ids = ['2512.03876', '2512.02407', '2512.00229'];
  const served = ids.map((id) => byId(raw, id));
  /** MathJax 2 and KaTeX keep no trace of the delimiters: the one \(…\) formula reads back as $…$. */
  const asDollars = (e: Candidate) => ({ ...e, abstract: e.abstract?.replace('\\(\\!\\approx\\!\\)', () => '$\\!\\approx\\!$') });

  it('MathJax 3 and 4 with the MAIN-world labels: exactly what the served page gives', () => {
    for (const file of ['rendered/arxiv-search-mathjax3-tex.html', 'rendered/arxiv-search-mathjax4-tex.html']) {
      const live = scanOf(file, SEARCH_URL);
      expect(ids.map((id) => byId(live, id))).toEqual(served);
    }
  });

  it("MathJax 2 (arXiv's own configuration) and KaTeX: the served text, \\(…\\) as $…$", () => {
    for (const file of ['rendered/arxiv-search-mathjax2.html', 'rendered/arxiv-search-katex.html']) {
      const live = scanOf(file, SEARCH_URL);
      expect(ids.map((id) => byId(live, id))).toEqual(served.map(asDollars));
    }
  });

  it('MathJax 3 and 4 without the labels: each formula once, as its MathML text', () => {
    for (const file of ['rendered/arxiv-search-mathjax3.html', 'rendered/arxiv-search-mathjax4.html']) {
      const title = byId(scanOf(file, SEARCH_URL), '2512.03876').title;
      // The MathML's own spacing may leave a space between its tokens; never the glyphs and the MathML ("Φ−Φ-derivable").
      expect(title).toMatch(/^Generalized Beth--Uhlenbeck entropy formula from the Φ ?−derivable approach$/);
    }
  });
});

describe('arXiv adapter: author lists cut by arXiv (real page)', () => {
  const scan = scanOf('pages/arxiv-search-200-2025-12.html', SEARCH_URL);

  it('"et al. (N additional authors not shown)": truncated, with the count of all authors', () => {
    // 25 names shown, then ", et al. (11 additional authors not shown)" (2512.04147), 32 (2512.05589), 4 (2512.06291).
    expect(byId(scan, '2512.04147')).toMatchObject({ authorsTruncated: true, authorCount: 36 });
    expect(byId(scan, '2512.04147').authors).toHaveLength(25);
    expect(byId(scan, '2512.04147').authors.at(-1)).toBe('R. Naves Nogues');
    expect(byId(scan, '2512.05589')).toMatchObject({ authorsTruncated: true, authorCount: 57 });
    expect(byId(scan, '2512.06291')).toMatchObject({ authorsTruncated: true, authorCount: 29 });
    expect(scan.entries.filter((e) => e.authorsTruncated)).toHaveLength(3);
  });
});

describe('arXiv adapter: /list/<cat>/new (hand-written, current markup)', () => {
  const scan = scanOf('handwritten/arxiv-list-new.html', 'https://arxiv.org/list/cs.LG/new');

  it('all three sections, counted, with the announcement date', () => {
    expect(scan.kind).toBe('feed');
    expect(scan.entries.map((e) => e.ids.arxiv)).toEqual([
      '2409.03701',
      '2409.03755',
      '2409.03812',
      '2409.03433',
      '2409.02590',
      '2311.09871',
      'cs/0112017',
    ]);
    // "Showing new listings for Friday, 6 September 2024"; "New submissions (showing 3 of 3 entries)", "Cross submissions (… 2 …)",
    // "Replacement submissions (… 2 …)"; "Total of 7 entries".
    expect(scan.context).toEqual({
      title: 'Machine Learning (cs.LG, new)',
      date: '2024-09-06',
      stats: { new: 3, 'cross-lists': 2, replacements: 2, total: 7 },
    });
    expect(PageScan.safeParse(scan).success).toBe(true);
  });

  it('new submission: descriptor dropped, names decoded, subjects as codes, abstract, code link behind "this https URL"', () => {
    expect(scan.entries[0]).toMatchObject({
      title: 'Sparse Mixture Routing for Streaming Federated Learning',
      authors: ['José Pérez-García', 'Chinedu Okafor', 'Anna Lindqvist'],
      venue: 'arXiv',
      type: 'preprint',
      date: '2024-09',
      url: 'https://arxiv.org/abs/2409.03701',
      pdf: 'https://arxiv.org/pdf/2409.03701',
      code: 'https://github.com/example-lab/smr-fl',
      signals: { category: 'cs.LG', categories: ['cs.LG', 'cs.DC'], hasCode: true },
      comment: '12 pages, 4 figures. Code: this https URL',
    });
    expect(scan.entries[0]!.abstract).toMatch(/^We study federated learning when client data arrive as a stream\. .* dense baselines\.$/);
  });

  it('entities decoded and TeX kept as displayed; journal-ref as venue', () => {
    expect(scan.entries[1]).toMatchObject({
      title: 'Provable Guarantees for $k$-Means++ under Adversarial & Random Noise',
      venue: 'Proceedings of the 41st International Conference on Machine Learning, PMLR 235:1021-1040, 2024',
      signals: { categories: ['cs.LG', 'cs.DS', 'stat.ML'] },
    });
  });

  it('cross-list keeps its own primary category', () => {
    // "(cross-list from cs.AI)", Subjects: "Artificial Intelligence (cs.AI); Machine Learning (cs.LG); Robotics (cs.RO)"
    expect(byId(scan, '2409.03433')).toMatchObject({
      authors: ["Siobhán O'Connor", 'Youssef Haddad'],
      signals: { category: 'cs.AI', categories: ['cs.AI', 'cs.LG', 'cs.RO'] },
    });
  });

  it('replacement with an old-style id: no version, date from the id', () => {
    expect(byId(scan, 'cs/0112017')).toMatchObject({
      title: 'On the Learnability of Boolean Threshold Circuits',
      date: '2001-12',
      year: 2001,
      url: 'https://arxiv.org/abs/cs/0112017',
    });
  });
});

describe('arXiv adapter: /list/<cat>/new (hand-written, pre-2024 markup)', () => {
  const scan = scanOf('handwritten/arxiv-list-new-2023.html', 'https://arxiv.org/list/cs.CV/new');

  it('sections from the h3 before each dl, date from "New submissions for Mon, 23 Jan 23"', () => {
    expect(scan.entries).toHaveLength(4);
    expect(scan.context).toMatchObject({ date: '2023-01-23', stats: { new: 2, 'cross-lists': 1, replacements: 1, total: 4 } });
  });

  it('span.list-identifier ids, "Title:"/"Authors:" descriptors removed, whitespace collapsed', () => {
    expect(scan.entries[0]).toMatchObject({
      title: 'Self-Supervised Depth Estimation from Rolling-Shutter Video',
      authors: ['Erik Andersson', 'Camille Dubois'],
      ids: { arxiv: '2301.08243' },
      signals: { category: 'cs.CV', categories: ['cs.CV', 'cs.RO'] },
    });
    expect(byId(scan, '2301.08120')).toMatchObject({
      venue: 'IEEE Signal Processing Letters 30 (2023) 51-55',
      signals: { category: 'eess.IV' },
    });
    expect(byId(scan, '2210.01234')).toMatchObject({
      authors: ['Petr Novák', 'Zoltán Horváth'],
      code: 'https://github.com/example-survey/nerf-survey',
    });
    expect(byId(scan, '2210.01234').abstract).toBeUndefined();
  });
});

describe('arXiv adapter: a cut author list in a listing (pre-2024 markup)', () => {
  it('"et al. (84 additional authors not shown)" after the links: truncated, all authors counted', () => {
    // The hand-written pre-2024 listing with its first entry's authors ending as arXiv ends cut lists (the text after
    // the last link, as on the real search page and arXiv's own RSS: "R. Aaij, et al. (909 additional authors not shown)").
    const html = fixtureText('handwritten/arxiv-list-new-2023.html').replace(
      /(Camille Dubois<\/a>)/,
      (m) => `${m}, et al. (84 additional authors not shown)`,
    );
    const scan = arxiv.extract(parseHtmlDocument(html), new URL('https://arxiv.org/list/cs.LG/new'));
    expect(scan.entries[0]).toMatchObject({ authors: ['Erik Andersson', 'Camille Dubois'], authorsTruncated: true, authorCount: 86 });
    expect(scan.entries[1]!.authorsTruncated).toBe(false);
  });

  it('a list without links ends its names before the marker', () => {
    const html = fixtureText('handwritten/arxiv-list-new-2023.html').replace(
      /<div class="list-authors">[\s\S]*?<\/div>/,
      () =>
        '<div class="list-authors"><span class="descriptor">Authors:</span> LHCb collaboration, R. Aaij, et al. (909 additional authors not shown)</div>',
    );
    const scan = arxiv.extract(parseHtmlDocument(html), new URL('https://arxiv.org/list/cs.LG/new'));
    expect(scan.entries[0]).toMatchObject({ authors: ['LHCb collaboration', 'R. Aaij'], authorsTruncated: true, authorCount: 911 });
  });
});

describe('arXiv adapter: author page /a/<id> (hand-written)', () => {
  const url = 'https://arxiv.org/a/doe_j_1';
  const scan = scanOf('handwritten/arxiv-author.html', url);

  it('is a profile named from "Jane Doe\'s articles on arXiv"', () => {
    expect(arxiv.detect(fixtureDocument('handwritten/arxiv-author.html'), new URL(url))).toBe('profile');
    expect(scan.kind).toBe('profile');
    expect(scan.context).toMatchObject({ name: 'Jane Doe' });
    expect(scan.entries.map((e) => e.ids.arxiv)).toEqual(['2406.11111', '2203.04567', 'physics/0601050']);
  });

  it('entries without abstracts; journal ref; three authors in order', () => {
    expect(scan.entries[0]!.abstract).toBeUndefined();
    expect(scan.entries[1]).toMatchObject({ venue: 'The Cryosphere 16 (2022) 3001-3020', signals: { category: 'physics.geo-ph' } });
    expect(scan.entries[2]).toMatchObject({
      title: 'Turbulent Mixing Below Ice Shelves',
      authors: ['Alan Smith', 'Jane Doe', 'Kenji Tanaka'],
      date: '2006-01',
    });
  });
});

describe('arXiv adapter: what it must not claim', () => {
  const lookalike = fixtureDocument('pages/lookalike-arxiv-daily-aggregator-2023-01.html');

  it('the arXiv look-alike daily page, neither at its own URL nor at an arxiv.org URL', () => {
    const own = new URL('https://aniki-ly.github.io/arxiv_sanity/arxiv.html');
    expect(arxiv.detect(lookalike, own)).toBeNull();
    expect(findAdapter(lookalike, own)?.adapter.id).not.toBe('arxiv');
    // Served under an arXiv URL its markup still is not arXiv's (no dt/dd entries).
    expect(arxiv.detect(lookalike, new URL('https://arxiv.org/list/cs.CV/new'))).toBeNull();
  });

  it('arXiv markup on another host, and arXiv pages that are not lists', () => {
    const doc = fixtureDocument('handwritten/arxiv-list-new.html');
    expect(arxiv.detect(doc, new URL('https://arxiv-mirror.example.org/list/cs.LG/new'))).toBeNull();
    expect(arxiv.detect(doc, new URL('https://arxiv.org/abs/2409.03701'))).toBeNull();
    expect(arxiv.detect(doc, new URL('https://export.arxiv.org/list/cs.LG/new'))).toBe('feed');
  });
});
