import { describe, expect, it } from 'vitest';
import { hugoacademic } from '../../lib/sites/hugoacademic';
import { fixtureDocument } from '../helpers';
import { parseHtmlDocument } from '../../lib/cli/dom';

const ACADEMIC4 = 'pages/hugo-academic4-publication-list-2020-09.html';
const WOWCHEMY5 = 'pages/wowchemy5-publication-list-2022-11.html';
const HUGOBLOX = 'handwritten/hugoblox-publications.html';

function scan(file: string, url: string) {
  const doc = fixtureDocument(file);
  const u = new URL(url);
  expect(hugoacademic.detect(doc, u)).toBe('lab');
  return hugoacademic.extract(doc, u);
}

describe('Hugo Academic 4 card view (real page)', () => {
  const s = scan(ACADEMIC4, 'https://www.andreagabrio.eu/publication/');

  it('reads every card with the page context', () => {
    expect(s.entries).toHaveLength(7);
    expect(s.context).toEqual({ title: 'Publications', name: 'Andrea Gabrio' });
  });

  it('first card: four microdata authors, "May 2020", venue "arxiv", arXiv PDF button', () => {
    // <span itemprop="author name">A Gabrio</span>, … R Hunter, AJ Mason, G Baio; <time>May 2020</time>;
    // <span class="pub-publication"> arxiv </span>; PDF -> https://arxiv.org/pdf/1805.07149.pdf
    expect(s.entries[0]).toMatchObject({
      title: 'Joint longitudinal models for dealing with missing at random data in trial-based economic evaluations',
      authors: ['A Gabrio', 'R Hunter', 'AJ Mason', 'G Baio'],
      authorsTruncated: false,
      year: 2020,
      date: '2020-05',
      venue: 'arxiv',
      type: 'preprint',
      ids: { arxiv: '1805.07149' },
      url: 'https://www.andreagabrio.eu/publication/gabrio2019d/',
      pdf: 'https://arxiv.org/pdf/1805.07149',
    });
  });

  it('journal cards: venue with volume as shown, DOI from the publisher link, no PDF for an HTML landing page', () => {
    // <em>Statistics in Medicine, 38</em>(8), 1399-1420 ; PDF -> https://onlinelibrary.wiley.com/doi/full/10.1002/sim.8045
    const sim = s.entries.find((e) => e.title.startsWith('A Full Bayesian Model'));
    expect(sim).toMatchObject({ venue: 'Statistics in Medicine, 38(8), 1399-1420', date: '2019-04', ids: { doi: '10.1002/sim.8045' } });
    expect(sim?.pdf).toBeUndefined();
    // PDF -> https://rss.onlinelibrary.wiley.com/doi/pdf/10.1111/rssa.12522 is a real PDF path; the Poster link is not the paper
    const rssa = s.entries.find((e) => e.ids.doi === '10.1111/rssa.12522');
    expect(rssa?.pdf).toBe('https://rss.onlinelibrary.wiley.com/doi/pdf/10.1111/rssa.12522');
    expect(rssa?.venue).toBe('Journal of the Royal Statistical Society: Series A, early view');
    // Springer: https://link.springer.com/article/10.1007/s41669-017-0015-6
    expect(s.entries[6]?.ids.doi).toBe('10.1007/s41669-017-0015-6');
  });

  it('does not read a DOI out of a URL that only looks like one', () => {
    // https://oxfordre.com/economics/view/10.1093/acrefore/9780190625979.001.0001/acrefore-9780190625979-e-451
    const oxford = s.entries.find((e) => e.title.startsWith('Bayesian Statistical Economic Evaluation'));
    expect(oxford?.ids).toEqual({});
  });
});

describe('Wowchemy 5 citation view (real page)', () => {
  const s = scan(WOWCHEMY5, 'https://withbayes.github.io/cambridge-mlg/publication/');

  it('reads all three, with types from pubtype-N named by the type filter', () => {
    expect(s.entries.map((e) => [e.title, e.type, e.year])).toEqual([
      ['An example preprint / working paper', 'preprint', 2019], // pubtype-3 "Preprint", "(2019)."
      ['An example journal article', 'article', 2015], // pubtype-2 "Journal article"
      ['An example conference paper', 'inproceedings', 2013], // pubtype-1 "Conference paper"
    ]);
  });

  it('strips "Equal contribution" author notes and keeps the names as shown', () => {
    expect(s.entries[1]).toMatchObject({ authors: ['admin', 'Robert Ford'], venue: 'Journal of Source Themes, 1(1)' });
  });

  it('venue "In <em>STC</em>." and links; placeholder "#" buttons are ignored', () => {
    expect(s.entries[2]).toMatchObject({ venue: 'STC', pdf: 'http://eprints.soton.ac.uk/352095/1/Cushen-IMV2013.pdf', ids: {} });
    expect(s.entries[2]?.code).toBeUndefined(); // Code -> "/cambridge-mlg/#"
    // PDF -> http://arxiv.org/pdf/1512.04133v1
    expect(s.entries[0]).toMatchObject({
      ids: { arxiv: '1512.04133' },
      url: 'https://withbayes.github.io/cambridge-mlg/publication/preprint/',
    });
  });
});

describe('Hugo Blox 0.4 Tailwind citation view (hand-written)', () => {
  const s = scan(HUGOBLOX, 'https://okafor-lab.github.io/publication/');

  it('reads the publications and not the news item in the same view', () => {
    expect(s.entries.map((e) => e.title)).toEqual([
      'Sparse Routing for Mixture-of-Experts Language Models',
      'Calibrated Uncertainty for Protein Structure Prediction',
      'Learning with Structured Priors',
    ]);
  });

  it('highlighted author and equal-contribution icons leave plain names; attachment links give ids, PDF, code', () => {
    expect(s.entries[0]).toMatchObject({
      authors: ['Ada Okafor', 'Lars Nilsson', 'Mei Tanaka'],
      year: 2024,
      venue: 'ICML 2024',
      ids: { arxiv: '2402.01234' },
      pdf: 'https://arxiv.org/pdf/2402.01234',
      code: 'https://github.com/okafor-lab/sparse-routing',
    });
    expect(s.entries[1]).toMatchObject({ ids: { doi: '10.1038/s42256-023-00610-x' }, venue: 'Nature Machine Intelligence, 5(3)' });
    expect(s.entries[1]?.pdf).toBeUndefined(); // the only .pdf link is "Slides"
    expect(s.entries[2]?.pdf).toBe('https://okafor-lab.github.io/uploads/okafor-thesis.pdf');
  });
});

describe('other views and non-pages', () => {
  const page = (body: string, generator = 'Wowchemy 5.7.0 for Hugo') =>
    parseHtmlDocument(`<html><head><meta name="generator" content="${generator}"></head><body>${body}</body></html>`);
  const url = new URL('https://lab.example.org/publication/');

  it('compact view (media stream-item) with page_metadata_authors spans', () => {
    const doc = page(`<div id="container-publications"><div class="grid-sizer col-lg-12 isotope-item pubtype-paper-conference year-2022">
      <div class="media stream-item view-compact"><div class="media-body">
        <div class="section-subheading article-title mb-0 mt-0"><a href="/publication/graph-nets/">Graph Nets for Tides</a></div>
        <a href="/publication/graph-nets/" class="summary-link"><div class="article-style">We model tides…</div></a>
        <div class="stream-meta article-metadata"><div><span><a href="/author/jo-lee/">Jo Lee</a></span>, <span>Sam Ortiz</span></div></div>
        <div class="btn-links"><a class="btn btn-outline-primary btn-page-header btn-sm" href="https://doi.org/10.1145/3534678.3539999">DOI</a></div>
      </div></div></div></div>`);
    const s = hugoacademic.extract(doc, url);
    expect(s.entries).toEqual([
      expect.objectContaining({
        title: 'Graph Nets for Tides',
        authors: ['Jo Lee', 'Sam Ortiz'],
        year: 2022,
        type: 'inproceedings',
        ids: { doi: '10.1145/3534678.3539999' },
      }),
    ]);
    expect(s.entries[0]?.abstract).toBeUndefined(); // a 135-character summary is not the abstract
  });

  it('does not claim a Wowchemy blog list or a non-Hugo page', () => {
    const blog = page(
      `<div class="media stream-item"><div class="media-body"><div class="article-title"><a href="/post/hello/">Hello</a></div></div></div>`,
    );
    expect(hugoacademic.detect(blog, url)).toBeNull();
    const other = page(`<div class="pub-list-item"><a href="/publication/x/">X</a></div>`, 'Jekyll v4.3.2');
    expect(hugoacademic.detect(other, url)).toBeNull();
  });

  it('an author line that ends in "et al." or "+N authors" is truncated, the marker is no name', () => {
    const page = (authors: string) =>
      parseHtmlDocument(`<html><head><meta name="generator" content="Wowchemy 5.6.0 for Hugo"></head><body><div id="container-publications"><div class="pub-list-item" style="margin-bottom: 1rem">
        <i class="far fa-file-alt pub-icon" aria-hidden="true"></i>
        <span class="article-metadata li-cite-author">${authors}</span>
        (2021). <a href="/publication/x/">A Paper About Things</a>. <em>NeurIPS</em>.</div></div></body></html>`);
    const url = new URL('https://lab.example.edu/publication/');
    expect(hugoacademic.extract(page('<span>Ann Lee</span>, <span>Bo Chen</span>, <span>et al.</span>'), url).entries[0]).toMatchObject({
      authors: ['Ann Lee', 'Bo Chen'],
      authorsTruncated: true,
    });
    expect(hugoacademic.extract(page('<span>Ann Lee</span>, <span>Bo Chen</span>, <span>+3 authors</span>'), url).entries[0]).toMatchObject(
      { authors: ['Ann Lee', 'Bo Chen'], authorsTruncated: true, authorCount: 5 },
    );
    expect(hugoacademic.extract(page('<span>Ann Lee</span>, <span>Bo Chen</span>'), url).entries[0]).toMatchObject({
      authors: ['Ann Lee', 'Bo Chen'],
      authorsTruncated: false,
    });
  });
});
