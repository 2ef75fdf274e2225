import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureText } from '../helpers';
import { HTML_FIXTURES } from '../fixtures/fixtures';
import { generic } from '../../lib/sites/generic';
import { findAdapter, scanPage } from '../../lib/sites/registry';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

function scan(file: string, url: string) {
  const doc = fixtureDocument(file);
  const u = new URL(url);
  const result = generic.extract(doc, u);
  PageScan.parse(result);
  return { kind: generic.detect(doc, u), result };
}

const fixture = (file: string) => HTML_FIXTURES.find((f) => f.file === file)!;

describe('generic: negative pages', () => {
  const negatives = HTML_FIXTURES.filter((f) => f.file.startsWith('handwritten/negative-'));

  it('has the five kinds of ordinary page', () => {
    expect(negatives.map((f) => f.file).sort()).toEqual([
      'handwritten/negative-blog-index.html',
      'handwritten/negative-forum-threads.html',
      'handwritten/negative-news-front.html',
      'handwritten/negative-search-results.html',
      'handwritten/negative-shop-grid.html',
    ]);
  });

  for (const f of negatives) {
    it(`declines ${f.file}`, () => {
      const doc = fixtureDocument(f.file);
      expect(generic.detect(doc, new URL(f.url))).toBeNull();
      expect(generic.extract(doc, new URL(f.url)).entries).toEqual([]);
      expect(findAdapter(doc, new URL(f.url))).toBeNull();
    });
  }
});

describe('generic: arXiv look-alike daily page (real page, not arxiv.org)', () => {
  const f = fixture('pages/lookalike-arxiv-daily-aggregator-2023-01.html');
  const { kind, result } = scan(f.file, f.url);

  it('is a feed of all 200 entries, dated by its "Updated on 2023.01.24" heading', () => {
    expect(kind).toBe('feed');
    expect(result.entries).toHaveLength(200);
    expect(result.context?.date).toBe('2023-01-24');
  });

  it('matches an independent reading of the raw HTML for every entry', () => {
    // Each entry in the file: `</a></span> TITLE [<a href="http://arxiv.org/abs/ID" …` then "Authors:</strong></span>\nNAMES\n</div>".
    const raw = fixtureText(f.file);
    const re = /<\/a><\/span>([^]*?)\[<a href="http:\/\/arxiv\.org\/abs\/([^"]+)"[^]*?Authors:<\/strong><\/span>\s*\n([^\n]*)\n<\/div>/g;
    const expected = [...raw.matchAll(re)].map((m) => ({
      title: m[1]!.replace(/\s+/g, ' ').trim(),
      arxiv: m[2]!.replace(/v\d+$/, ''),
      authors: m[3]!.split(',').map((n) => n.trim()),
    }));
    expect(expected).toHaveLength(200);
    expect(result.entries.map((e) => ({ title: e.title, arxiv: e.ids.arxiv, authors: e.authors }))).toEqual(expected);
  });

  it('reads the first entry exactly as the page shows it', () => {
    // "[1] InfiniCity: Infinite-Scale City Synthesis [arXiv:2301.09637] [pdf]"
    // "Authors: Chieh Hubert Lin, Hsin-Ying Lee, Willi Menapace, Menglei Chai, Aliaksandr Siarohin, Ming-Hsuan Yang, Sergey Tulyakov"
    const first = result.entries[0]!;
    expect(first.title).toBe('InfiniCity: Infinite-Scale City Synthesis');
    expect(first.authors).toEqual([
      'Chieh Hubert Lin',
      'Hsin-Ying Lee',
      'Willi Menapace',
      'Menglei Chai',
      'Aliaksandr Siarohin',
      'Ming-Hsuan Yang',
      'Sergey Tulyakov',
    ]);
    expect(first.authorsTruncated).toBe(false);
    expect(first.ids).toEqual({ arxiv: '2301.09637' });
    expect(first.url).toBe('https://arxiv.org/abs/2301.09637');
    expect(first.abstract).toMatch(/^Toward infinite-scale 3D city synthesis, we propose a novel framework, InfiniCity/);
    expect(first.year).toBeUndefined(); // the page shows no date per entry; years inside abstracts are not dates
  });

  it('keeps single authors, lower-case particles and "C. -C." initials', () => {
    const byId = (id: string) => result.entries.find((e) => e.ids.arxiv === id)!;
    expect(byId('2301.09624').authors).toEqual(['Piotr Keller', 'Muhammad Dawood', 'Fayyaz ul Amir Afsar Minhas']);
    expect(byId('2202.06198').authors).toEqual(['Chun Wang']); // "Data standardization for robust lip sync"
    expect(result.entries.some((e) => e.authors.includes('C. -C. Jay Kuo'))).toBe(true);
  });

  it('is claimed through the registry by generic', () => {
    expect(scanPage(fixtureDocument(f.file), new URL(f.url))?.site).toBe('generic');
  });
});

describe('generic: Highwire citation_* meta (ACL Anthology paper page)', () => {
  const f = fixture('handwritten/generic-highwire-acl.html');
  const { kind, result } = scan(f.file, f.url);

  it('is one paper with the meta tags’ fields', () => {
    expect(kind).toBe('single');
    expect(result.entries).toEqual([
      {
        title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
        authors: ['Jacob Devlin', 'Ming-Wei Chang', 'Kenton Lee', 'Kristina Toutanova'],
        authorsTruncated: false,
        year: 2019,
        date: '2019-06', // content="2019/6"
        venue:
          'Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, Volume 1 (Long and Short Papers)',
        type: 'inproceedings',
        ids: { doi: '10.18653/v1/n19-1423' }, // content="10.18653/v1/N19-1423", lower-cased
        url: 'https://aclanthology.org/N19-1423', // link rel=canonical
        pdf: 'https://aclanthology.org/N19-1423.pdf',
      },
    ]);
  });
});

describe('generic: JSON-LD ScholarlyArticle', () => {
  const f = fixture('handwritten/generic-jsonld-article.html');
  const { kind, result } = scan(f.file, f.url);

  it('finds the article inside @graph > WebPage.mainEntity, not its citations, and survives a broken block', () => {
    expect(kind).toBe('single');
    expect(result.entries).toHaveLength(1);
    const e = result.entries[0]!;
    expect(e.title).toBe('Deep learning');
    expect(e.authors).toEqual(['Yann LeCun', 'Yoshua Bengio', 'Geoffrey Hinton']); // the second is givenName + familyName
    expect(e.date).toBe('2015-05-27');
    expect(e.venue).toBe('Nature'); // PublicationIssue > PublicationVolume/Periodical name
    expect(e.ids).toEqual({ doi: '10.1038/nature14539' });
    expect(e.url).toBe('https://www.nature.com/articles/nature14539');
  });

  it('ignores Article/NewsArticle JSON-LD without a DOI or arXiv id', () => {
    const doc = parseHtmlDocument(
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm warning","author":{"name":"Tom Hale"}}</script></head><body></body></html>',
    );
    expect(generic.detect(doc, new URL('https://news.example/'))).toBeNull();
  });
});

describe('generic: COinS reference list', () => {
  const f = fixture('handwritten/generic-coins-list.html');
  const { kind, result } = scan(f.file, f.url);

  it('reads every span.Z3988', () => {
    expect(kind).toBe('lab');
    expect(result.entries.map((e) => e.title)).toEqual([
      'Deep learning',
      'Attention Is All You Need',
      'Deep Learning',
      'Adam: A Method for Stochastic Optimization',
    ]);
  });

  it('joins rft.aulast/aufirst with the rft.au names, in the page’s "Last, First" form', () => {
    // rft.aulast=LeCun&rft.aufirst=Yann&rft.au=Bengio%2C+Yoshua&rft.au=Hinton%2C+Geoffrey
    expect(result.entries[0]!.authors).toEqual(['LeCun, Yann', 'Bengio, Yoshua', 'Hinton, Geoffrey']);
    expect(result.entries[0]!.ids).toEqual({ doi: '10.1038/nature14539' });
    expect(result.entries[0]!.venue).toBe('Nature');
    expect(result.entries[0]!.type).toBe('article');
  });

  it('does not repeat a first author that rft.au lists again, and marks the visible "et al." as truncation', () => {
    // rft.aulast=Vaswani&rft.aufirst=Ashish&rft.au=Vaswani%2C+Ashish; visible text "Vaswani, Ashish; et al. (2017)"
    const e = result.entries[1]!;
    expect(e.authors).toEqual(['Vaswani, Ashish']);
    expect(e.authorsTruncated).toBe(true);
    expect(e.ids).toEqual({ arxiv: '1706.03762' });
    expect(e.type).toBe('preprint');
  });

  it('maps book and proceedings genres', () => {
    expect(result.entries[2]).toMatchObject({ type: 'book', year: 2016, url: 'http://www.deeplearningbook.org/' });
    expect(result.entries[3]).toMatchObject({
      authors: ['Diederik P. Kingma', 'Jimmy Ba'],
      type: 'inproceedings',
      venue: '3rd International Conference on Learning Representations, ICLR 2015',
      date: '2015-05-07',
      ids: { arxiv: '1412.6980' },
    });
  });
});

describe('generic: hand-made lab page (plain <ol> per year)', () => {
  const f = fixture('handwritten/generic-lab-plain.html');
  const { kind, result } = scan(f.file, f.url);
  const byTitle = (t: string) => result.entries.find((e) => e.title === t);

  it('takes the six references across the three year lists and not the news items', () => {
    expect(kind).toBe('lab');
    expect(result.entries.map((e) => e.title)).toEqual([
      'Sparse Attention Is Enough for Long-Context Retrieval',
      'Calibrated Uncertainty for Retrieval-Augmented Generation',
      'Low-rank adapters under distribution shift',
      'A benchmark for table question answering in the wild',
      'Gradient noise and the geometry of flat minima',
      'Learning to rank with partial labels',
    ]);
  });

  it('bold title, starred authors, arXiv + PDF + code links', () => {
    // "Jonas Weber*, <u>Maria Keller</u>*, and Priya Raman"
    expect(byTitle('Sparse Attention Is Enough for Long-Context Retrieval')).toEqual({
      title: 'Sparse Attention Is Enough for Long-Context Retrieval',
      authors: ['Jonas Weber', 'Maria Keller', 'Priya Raman'],
      authorsTruncated: false,
      year: 2024,
      venue: 'International Conference on Machine Learning (ICML)',
      ids: { arxiv: '2402.01234' },
      url: 'https://arxiv.org/abs/2402.01234',
      pdf: 'https://www.cs.example.edu/~mkeller/papers/icml24_sparse.pdf',
      code: 'https://github.com/mkeller-lab/sparse-attn',
    });
  });

  it('"et al." is truncation; arXiv version dropped', () => {
    const e = byTitle('Calibrated Uncertainty for Retrieval-Augmented Generation')!;
    expect(e.authors).toEqual(['Ana Costa', 'Tom Fischer', 'Maria Keller']);
    expect(e.authorsTruncated).toBe(true);
    expect(e.ids.arxiv).toBe('2405.06789'); // href ends in 2405.06789v2
  });

  it('IEEE style: authors before a quoted title, OpenReview and DOI ids', () => {
    expect(byTitle('Low-rank adapters under distribution shift')).toMatchObject({
      authors: ['M. Keller', 'J. Weber'],
      venue: 'Advances in Neural Information Processing Systems (NeurIPS)',
      year: 2023,
      ids: { openreview: 'AbC123xYz' },
    });
    expect(byTitle('A benchmark for table question answering in the wild')).toMatchObject({
      authors: ['P. Raman', 'M. Keller', 'L. Zhang'],
      venue: 'Findings of the Association for Computational Linguistics: EMNLP 2023',
      ids: { doi: '10.18653/v1/2023.findings-emnlp.101' },
    });
  });

  it('linked title with an upper-case DOI; entity-decoded names', () => {
    expect(byTitle('Gradient noise and the geometry of flat minima')).toMatchObject({
      authors: ['Maria Keller', 'Stefan Müller'], // "Stefan M&uuml;ller"
      ids: { doi: '10.1016/j.neunet.2022.01.005' },
      year: 2022,
    });
  });
});

describe('generic: microdata and detection limits', () => {
  it('reads schema.org ScholarlyArticle microdata items', () => {
    const doc = parseHtmlDocument(`<html><body><div>
      <div itemscope itemtype="http://schema.org/ScholarlyArticle"><h3 itemprop="name">Learning to rank with partial labels</h3>
        <span itemprop="author">Maria Keller</span>, <span itemprop="author">Jonas Weber</span>
        <meta itemprop="datePublished" content="2022-07-01"><a href="https://arxiv.org/abs/2207.00001">arXiv</a></div>
      <div itemscope itemtype="http://schema.org/ScholarlyArticle"><h3 itemprop="name">Gradient noise and flat minima</h3>
        <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Maria Keller</span></span></div>
    </div></body></html>`);
    const url = new URL('https://lab.example.org/pubs');
    expect(generic.detect(doc, url)).toBe('lab');
    const entries = generic.extract(doc, url).entries;
    expect(entries.map((e) => [e.title, e.authors, e.date])).toEqual([
      ['Learning to rank with partial labels', ['Maria Keller', 'Jonas Weber'], '2022-07-01'],
      ['Gradient noise and flat minima', ['Maria Keller'], undefined],
    ]);
    expect(entries[0]!.ids).toEqual({ arxiv: '2207.00001' });
  });

  it('needs at least three listed papers', () => {
    const li = (n: number) =>
      `<li><b>A study of thing number ${n}</b><br>Ann Lee and Bo Chen<br><a href="https://arxiv.org/abs/2401.0000${n}">arXiv</a></li>`;
    const two = parseHtmlDocument(`<html><body><ol>${li(1)}${li(2)}</ol></body></html>`);
    const three = parseHtmlDocument(`<html><body><ol>${li(1)}${li(2)}${li(3)}</ol></body></html>`);
    const url = new URL('https://example.org/');
    expect(generic.detect(two, url)).toBeNull();
    expect(generic.detect(three, url)).toBe('feed');
    expect(generic.extract(three, url).entries.map((e) => e.authors)).toEqual([
      ['Ann Lee', 'Bo Chen'],
      ['Ann Lee', 'Bo Chen'],
      ['Ann Lee', 'Bo Chen'],
    ]);
  });
});

/**
 * Issue 14's failures on real lab pages, as small pages of the same markup (the real pages are in the corpus,
 * test/corpus/). Each failed before the reference reader: 0 entries, link labels as titles, a Scholar link as a
 * paper, single authors as [], "Cai, W. and de Moya, M." split into "de Moya" and "M.".
 */
describe('generic: reference lists found by content (issue 14)', () => {
  const url = new URL('https://www.lab.example.edu/publications.html');
  const read = (body: string) => {
    const doc = parseHtmlDocument(`<html><head><title>Publications</title></head><body>${body}</body></html>`);
    const result = generic.extract(doc, url);
    PageScan.parse(result);
    return { kind: generic.detect(doc, url), entries: result.entries };
  };

  it('bibtex2html: <dl><dt>[n]</dt><dd>Authors. Title. In <em>Venue</em>, 2018. [bib] [pdf]</dd>', () => {
    const { kind, entries } = read(`<h1>Publications</h1><dl>
      <dt><a name="weber18">[1]</a></dt><dd>Jonas Weber, Maria Keller, and Priya Raman. Sparse attention is enough for retrieval. In <em>Proceedings of the 35th International Conference on Machine Learning</em>, pages 12--20, 2018. [&nbsp;<a href="pubs_bib.html#weber18">bib</a>&nbsp;| <a href="http://www.lab.example.edu/papers/weber18.pdf">pdf</a>&nbsp;]</dd>
      <dt><a name="keller17">[2]</a></dt><dd>Maria Keller. Gradient noise and the geometry of flat minima. <em>Neural Computation</em>, 29(4):1--30, 2017. [&nbsp;<a href="pubs_bib.html#keller17">bib</a>&nbsp;| <a href="http://dx.doi.org/10.1162/NECO_a_00901">DOI</a>&nbsp;]</dd>
      <dt><a name="raman16">[3]</a></dt><dd>Priya Raman and Jonas Weber. Learning to rank with partial labels. Technical Report TR-2016-3, Example University, 2016. [&nbsp;<a href="pubs_bib.html#raman16">bib</a>&nbsp;]</dd>
    </dl>`);
    expect(kind).toBe('lab');
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Sparse attention is enough for retrieval', ['Jonas Weber', 'Maria Keller', 'Priya Raman'], 2018],
      ['Gradient noise and the geometry of flat minima', ['Maria Keller'], 2017],
      ['Learning to rank with partial labels', ['Priya Raman', 'Jonas Weber'], 2016],
    ]);
    expect(entries[0]!.venue).toBe('Proceedings of the 35th International Conference on Machine Learning');
    expect(entries[0]!.pdf).toBe('http://www.lab.example.edu/papers/weber18.pdf');
    expect(entries[1]!.ids).toEqual({ doi: '10.1162/neco_a_00901' });
    expect(entries[1]!.venue).toBe('Neural Computation');
  });

  it('<article> with an <h3> title and an "A, B, C · Journal 127, 203503 (2025)" line', () => {
    const article = (t: string, names: string, venue: string) =>
      `<article class="pub"><h3>${t}</h3><p class="meta">${names} · ${venue}</p><p class="links"><a href="#">Abstract</a></p></article>`;
    const { entries } = read(`<main><section>
      ${article('Strain engineering of monolayer WSe2 on patterned substrates', 'Anna Lee, Bo Chen, Carl Diaz', 'Applied Physics Letters 127, 203503 (2025)')}
      ${article('Phonon transport in twisted bilayer graphene', 'Bo Chen', 'Physical Review B 111, 045301 (2025)')}
      ${article('Excitons in van der Waals heterostructures', 'Carl Diaz, Anna Lee', 'Nano Letters 24, 1123 (2024)')}
    </section></main>`);
    expect(entries.map((e) => [e.title, e.authors, e.venue, e.year])).toEqual([
      [
        'Strain engineering of monolayer WSe2 on patterned substrates',
        ['Anna Lee', 'Bo Chen', 'Carl Diaz'],
        'Applied Physics Letters',
        2025,
      ],
      ['Phonon transport in twisted bilayer graphene', ['Bo Chen'], 'Physical Review B', 2025],
      ['Excitons in van der Waals heterostructures', ['Carl Diaz', 'Anna Lee'], 'Nano Letters', 2024],
    ]);
  });

  it('<p> APA references with DOI links; "Cai, W. and de Moya, M." is two people; single authors', () => {
    const { entries } = read(`<div class="entry-content"><h2>Journal articles</h2>
      <p>Cai, W. and de Moya, M. (2021). Trust in automated vehicles. <em>Transportation Research Part F</em>, <em>80</em>, 12–25. <a href="https://doi.org/10.1016/j.trf.2021.03.004">https://doi.org/10.1016/j.trf.2021.03.004</a></p>
      <p>de Moya, M. (2020). Evaluating risk communication in crises. <em>Risk Analysis</em>, <em>40</em>(2), 300–315. <a href="https://doi.org/10.1111/risa.13400">https://doi.org/10.1111/risa.13400</a></p>
      <p>Cai, W., Lee, J. H., &amp; Smith, A. (2019). Visual attention during takeover requests. <em>Human Factors</em>, <em>61</em>(5), 800–812. <a href="https://doi.org/10.1177/0018720819831234">https://doi.org/10.1177/0018720819831234</a></p>
    </div>`);
    expect(entries.map((e) => [e.title, e.authors, e.year, e.venue, e.ids.doi])).toEqual([
      ['Trust in automated vehicles', ['W. Cai', 'M. de Moya'], 2021, 'Transportation Research Part F', '10.1016/j.trf.2021.03.004'],
      ['Evaluating risk communication in crises', ['M. de Moya'], 2020, 'Risk Analysis', '10.1111/risa.13400'],
      ['Visual attention during takeover requests', ['W. Cai', 'J. H. Lee', 'A. Smith'], 2019, 'Human Factors', '10.1177/0018720819831234'],
    ]);
  });

  it('"[link to publication]" labels are never titles; "View All Publications on Google Scholar" is not a paper', () => {
    const li = (names: string, t: string, venue: string, href: string) =>
      `<li>${names}. ${t}. <i>${venue}</i>. <a href="${href}">[link to publication]</a></li>`;
    const { entries } = read(`<ul class="pubs">
      ${li('Hanna Berg and Tomas Lind', 'Soil carbon under changing rainfall', 'Global Change Biology 29, 2023', 'https://doi.org/10.1111/gcb.16600')}
      ${li('Tomas Lind', 'Root traits across an aridity gradient', 'New Phytologist 236, 2022', 'https://doi.org/10.1111/nph.18300')}
      ${li('Hanna Berg, Ola Nilsson and Tomas Lind', 'Drought legacies in grassland soils', 'Ecology Letters 24, 2021', 'https://arxiv.org/abs/2101.01234')}
      </ul><p><a href="https://scholar.google.com/citations?user=abc">View All Publications on Google Scholar</a></p>`);
    expect(entries.map((e) => e.title)).toEqual([
      'Soil carbon under changing rainfall',
      'Root traits across an aridity gradient',
      'Drought legacies in grassland soils',
    ]);
    expect(entries.map((e) => e.authors)).toEqual([
      ['Hanna Berg', 'Tomas Lind'],
      ['Tomas Lind'],
      ['Hanna Berg', 'Ola Nilsson', 'Tomas Lind'],
    ]);
    expect(entries[2]!.ids).toEqual({ arxiv: '2101.01234' });
  });
});

describe('generic: a page saved without its <html> element', () => {
  // bibtex2html -nodoc writes only the <table>; browsers parse it into <html><body>, and so must the CLI.
  const fragment = [1, 2, 3]
    .map(
      (n) => `<tr valign="top"><td align="right" class="bibtexnumber">[<a name="k${n}">${n}</a>]</td><td class="bibtexitem">
Maria Keller and Jonas Weber.
 Sparse attention number ${n} is enough.
 In <em>Proceedings of the Workshop on Attention</em>, pages 1--8, 201${n}.
[&nbsp;<a href="https://doi.org/10.1000/x${n}">DOI</a>&nbsp;]
</td></tr>`,
    )
    .join('\n');
  it('reads the table as a browser would', () => {
    const doc = parseHtmlDocument(`<!-- generated by bibtex2html -->\n<table>\n${fragment}\n</table>`);
    expect(doc.documentElement.tagName).toBe('HTML');
    const scan = generic.extract(doc, new URL('https://example.org/publications.html'));
    expect(scan.entries.map((e) => [e.title, e.year, e.ids.doi])).toEqual([
      ['Sparse attention number 1 is enough', 2011, '10.1000/x1'],
      ['Sparse attention number 2 is enough', 2012, '10.1000/x2'],
      ['Sparse attention number 3 is enough', 2013, '10.1000/x3'],
    ]);
  });
});

describe('generic: references in one paragraph, separated by blank lines', () => {
  const refs = [
    'Keller M, Weber J, Raman P. Sparse attention for long documents. <i>J Mach Learn Res</i> 21: 1-30 (2020).',
    'Weber J, Keller M. Calibrated retrieval for question answering. <i>Trans Assoc Comput Linguist</i> 9: 12-25 (2021).',
    'Raman P, Costa A, Keller M. Low-rank adapters under distribution shift. <i>Neural Comput</i> 33: 400-420 (2021).',
    'Costa A, Keller M. Gradient noise and flat minima. <i>Phys Rev E</i> 104: 045301 (2022).',
  ];
  const html = `<html><body><h2>Publications</h2><p>${refs.join('<br />\n<br />\n')}</p></body></html>`;
  it('reads each piece as one reference and leaves the page as it was', () => {
    const doc = parseHtmlDocument(html);
    const before = doc.body.innerHTML;
    const scan = generic.extract(doc, new URL('https://example.org/~keller/pubs.html'));
    expect(scan.entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Sparse attention for long documents', ['M Keller', 'J Weber', 'P Raman'], 2020],
      ['Calibrated retrieval for question answering', ['J Weber', 'M Keller'], 2021],
      ['Low-rank adapters under distribution shift', ['P Raman', 'A Costa', 'M Keller'], 2021],
      ['Gradient noise and flat minima', ['A Costa', 'M Keller'], 2022],
    ]);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('generic: an entry without a year in a list that reads well', () => {
  const items = [
    'F. Spaeh and A. Miyauchi, “Multiobjective submodular maximization with concave aggregation,” In submission.',
    'F. Spaeh and C. Tsourakakis, “Near-optimal receptive fields in linear graph networks,” in Proc. ICML, 2024.',
    'F. Spaeh, A. Ene, and H. Nguyen, “Online paging with heterogeneous cache slots,” in Proc. STACS, 2023.',
    'F. Spaeh and C. Tsourakakis, “Hypergraph motif counting at scale,” in Proc. KDD, 2022.',
    'A. Miyauchi and F. Spaeh, “Dense subgraphs with fairness constraints,” in Proc. WWW, 2021.',
  ];
  it('is read in the list’s style; a year-less line that is not a reference is not', () => {
    const html = `<html><body><h2>Publications</h2><ol>${items.map((t) => `<li>${t}</li>`).join('')}<li>See also my Google Scholar profile for the full list</li></ol></body></html>`;
    const scan = generic.extract(parseHtmlDocument(html), new URL('https://example.org/publications.html'));
    expect(scan.entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Multiobjective submodular maximization with concave aggregation', ['F. Spaeh', 'A. Miyauchi'], undefined],
      ['Near-optimal receptive fields in linear graph networks', ['F. Spaeh', 'C. Tsourakakis'], 2024],
      ['Online paging with heterogeneous cache slots', ['F. Spaeh', 'A. Ene', 'H. Nguyen'], 2023],
      ['Hypergraph motif counting at scale', ['F. Spaeh', 'C. Tsourakakis'], 2022],
      ['Dense subgraphs with fairness constraints', ['A. Miyauchi', 'F. Spaeh'], 2021],
    ]);
  });
});

describe('generic: sections that are not papers', () => {
  const entry = (title: string, year: number) =>
    `<div class="pub"><h3>${title}</h3><p>Maria Keller, Jonas Weber. ${title}. In Proceedings of the Workshop on Things, ${year}.</p></div>`;
  it('a list under "Patents" is left out; a paper title with "Presentation" or "Software" in it does not hide the next paper', () => {
    const html = `<html><body><h2>Publications</h2><div>${[
      entry('Presentation Attack Detection Software', 2023),
      entry('Sparse attention for long documents', 2022),
      entry('Calibrated retrieval for question answering', 2021),
      entry('Software Talks', 2020),
      entry('Gradient noise and flat minima', 2019),
    ].join('')}</div><h2>Patents</h2><ul>${[1, 2, 3]
      .map((n) => `<li>Maria Keller, Jonas Weber. Systems and methods number ${n} for ranking. US Patent 10,000,00${n}, 2020.</li>`)
      .join('')}</ul></body></html>`;
    const scan = generic.extract(parseHtmlDocument(html), new URL('https://example.org/publications.html'));
    expect(scan.entries.map((e) => e.title)).toEqual([
      'Presentation Attack Detection Software',
      'Sparse attention for long documents',
      'Calibrated retrieval for question answering',
      'Software Talks',
      'Gradient noise and flat minima',
    ]);
  });

  it('a "Patents" section opening with a lone link paragraph is still left out (bibtex2html <dl>, as soonhokong.github.io)', () => {
    const dl = (rows: string[]) => `<dl>${rows.map((r, i) => `<dt><a name="k${i}">&nbsp;</a></dt><dd>${r}</dd>`).join('')}</dl>`;
    const paper = (title: string, year: number) =>
      `<b>${title}</b>.<br>Maria Keller, Jonas Weber, and Ana Costa.<br>In <em>Proceedings of Things</em>, ${year}.<br>[&nbsp;<a href="b.html">bib</a>&nbsp;]`;
    const patent = (title: string, year: number) =>
      `<b>${title}</b>.<br>Maria Keller, Jonas Weber, and Ana Costa<br>United States Patent #1234567. March ${year}.<br>[&nbsp;<a href="p.html">bib</a>&nbsp;]`;
    const bio = '<p>I work on retrieval.</p><p>I earned my PhD in 2015.</p>';
    const html = `<html><body>${bio}<h2>Publications</h2><p>[<a href="https://scholar.google.com/">Google Scholar</a>]</p>${dl([
      paper('Sparse attention for long documents', 2022),
      paper('Calibrated retrieval for question answering', 2021),
      paper('Gradient noise and flat minima', 2019),
    ])}<h2>Patents</h2><p>[<a href="https://patents.google.com/">Google Patents</a>]</p>${dl([
      patent('Wearable exoskeleton', 2024),
      patent('Predictive parking due to weather', 2022),
      patent('Systems and methods for ranking', 2020),
    ])}</body></html>`;
    const scan = generic.extract(parseHtmlDocument(html), new URL('https://example.org/'));
    expect(scan.entries.map((e) => e.title)).toEqual([
      'Sparse attention for long documents',
      'Calibrated retrieval for question answering',
      'Gradient noise and flat minima',
    ]);
  });
});

describe('generic: a hand-written list under year headings with link rows (baslaboratory.github.io)', () => {
  // Entries as the page writes them: title <br> Vancouver names <br> journal <br> a row of short link labels; the
  // year only in the <h2> above.
  const entry = (title: string, names: string, journal: string, links: string) =>
    `<p>\n${title}\n<br>\n${names}\n<br>\n${journal}\n<br>\n${links}\n</p>\n<br>`;
  const row =
    '<a href="/papers/a.pdf">Manuscript</a> | <a href="/papers/a.docx">Supplementary Materials</a> | <a href="https://www.biorxiv.org/content/10.64898/2026.03.25.714235v1">Preprint</a>';
  const html = `<html><body><h2>Publications</h2><div class="publication"><h2>2026</h2>
${entry("'RMT-Finder': an automated procedure to determine the Resting Motor Threshold for Transcranial Magnetic Stimulation", 'Boidequin LF, Moreno-Verdú M, Waltzing BM, Lambert JJ, Van Caenegem EE, Truong C, Hardwick RM', 'Journal of Neuroscience Methods', row)}
${entry('Effects of Different Repetitive Transcranial Magnetic Stimulation Targets for Enhancing Motor Learning. A Single-Blind Randomized Controlled Trial.', 'Lerín-Calvo A, Moreno-Verdú M, Remón-Ramiro L, Hardwick RM, Lasheras-Cuerda C, Lerma-Lara S, Ferrer-Peña R', 'Neural Plasticity', '<a href="/papers/b.pdf">Manuscript</a>')}
<h2>2025</h2>
${entry('Development and validation of an open-source Hand Laterality Judgement Task for in-person and online studies', 'Moreno-Verdu M, McAteer SM, Waltzing BM, Van Caenegem E, Hardwick RM', 'Neuroscience', row)}
${entry('Age-related differences in task-related modulation of cerebellar brain inhibition', 'Van Malderen S, Hehl M, Nuyts M, Verstraelen S, Heemels RE, Hardwick RM, Swinnen SP, Cuypers K', 'Neurobiology of Aging', row)}
</div></body></html>`;
  it('reads every entry with the heading’s year; no link label becomes a title', () => {
    const scan = generic.extract(parseHtmlDocument(html), new URL('https://baslaboratory.github.io/publications.htm'));
    expect(scan.entries.map((e) => [e.title, e.authors.length, e.year, e.venue])).toEqual([
      [
        "'RMT-Finder': an automated procedure to determine the Resting Motor Threshold for Transcranial Magnetic Stimulation",
        7,
        2026,
        'Journal of Neuroscience Methods',
      ],
      [
        'Effects of Different Repetitive Transcranial Magnetic Stimulation Targets for Enhancing Motor Learning. A Single-Blind Randomized Controlled Trial',
        7,
        2026,
        'Neural Plasticity',
      ],
      [
        'Development and validation of an open-source Hand Laterality Judgement Task for in-person and online studies',
        5,
        2025,
        'Neuroscience',
      ],
      ['Age-related differences in task-related modulation of cerebellar brain inhibition', 8, 2025, 'Neurobiology of Aging'],
    ]);
    expect(scan.entries[0]!.authors.slice(0, 2)).toEqual(['LF Boidequin', 'M Moreno-Verdú']);
  });
});

describe('generic: a theme’s schema.org Article around a bibtex2html paragraph list (homepages.inf.ed.ac.uk/ewan)', () => {
  // The page's own markup (Jekyll "Feeling Responsive"): <article itemscope itemtype="http://schema.org/Article">
  // around bibtex2html's paragraph form (<p><a name=…></a> per entry) inside a <table>.
  const html = `<html><body><article itemscope itemtype="http://schema.org/Article"><header><span itemprop="name"><h1>List of Publications</h1></span></header>
<span itemprop="articleSection"><div class="t30"><table class="table">
<p><a name="Klein:2018:capturing"></a>

Ewan Klein, Simon Chapple, Joachim Fainberg, Cat Magill, Martin Parker, Charles
  Raab, and Jonathan Silvertown.
 Capturing the sounds of an urban greenspace.
 <em>International Archives of the Photogrammetry, Remote Sensing &amp;
  Spatial Information Sciences</em>, 2018.

</p>

<p><a name="Roth:2017:Software"></a>

Themistoklis Diamantopoulos, Michael Roth, Andreas Symeonidis, and Ewan Klein.
 Software requirements as an application domain for natural language
  processing.
 <em>Language Resources and Evaluation</em>, 51(2):495--524, June 2017.
[&nbsp;<a href="http://dx.doi.org/10.1007/s10579-017-9381-z">DOI</a>&nbsp;]

</p>

<p><a name="Pareti2016"></a>

Paolo Pareti, Ewan Klein, and Adam Barker.
 Linking data, services and human know-how.
 In Harald Sack, Eva Blomqvist, Mathieu d'Aquin, Chiara Ghidini,
  Paolo&nbsp;Simone Ponzetto, and Christoph Lange, editors, <em>The Semantic Web.
  Latest Advances and New Domains: 13th International Conference, ESWC 2016,
  Heraklion, Crete, Greece, May 29 -- June 2, 2016, Proceedings</em>, pages
  587--603. Springer International Publishing, 2016.
[&nbsp;<a href="http://dx.doi.org/10.1007/978-3-319-34129-3_31">DOI</a>&nbsp;]

</p>
</table></div></span></article></body></html>`;
  it('reads the list, not the page as one article', () => {
    const doc = parseHtmlDocument(html);
    const url = new URL('http://homepages.inf.ed.ac.uk/ewan/publications/');
    expect(generic.detect(doc, url)).toBe('lab');
    const scan = generic.extract(doc, url);
    expect(scan.entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'Capturing the sounds of an urban greenspace',
        ['Ewan Klein', 'Simon Chapple', 'Joachim Fainberg', 'Cat Magill', 'Martin Parker', 'Charles Raab', 'Jonathan Silvertown'],
        2018,
      ],
      [
        'Software requirements as an application domain for natural language processing',
        ['Themistoklis Diamantopoulos', 'Michael Roth', 'Andreas Symeonidis', 'Ewan Klein'],
        2017,
      ],
      ['Linking data, services and human know-how', ['Paolo Pareti', 'Ewan Klein', 'Adam Barker'], 2016],
    ]);
    expect(scan.entries[1]!.ids.doi).toBe('10.1007/s10579-017-9381-z');
    expect(scan.entries[1]!.venue).toBe('Language Resources and Evaluation');
  });
});

describe('generic: a list whose entries show no authors (adamwilsonlab.github.io/wilson_publications, from Google Scholar)', () => {
  // The page's rows as the scholar R package writes them: "<a>Title</a>, <i>Venue</i>, vol, pages (Year)." and a
  // citation badge; a row with an empty venue; year headings. No row shows authors.
  const tr = (cluster: string, title: string, rest: string, badge = '') =>
    `<tr><td width="100%"><a href="https://scholar.google.com/scholar?oi=bibs&cluster=${cluster}&btnI=1&hl=en"><font color="black">${title}</font></a>, ${rest} ${badge}</td></tr>`;
  const cites = (n: number) =>
    `<a title="Citations from Google Scholar" href="https://scholar.google.com/scholar?oi=bibs&hl=en&cites=1" target="_blank"><img alt="Google Scholar" src="images/google.png" width="15px"><font color="#4285f4"> ${n}  citations; </font></a>`;
  const html = `<html><body><h1 class="title toc-ignore">Publications and Presentations</h1>
<h3>2020</h3><table class="publication-table"><tbody>
${tr('7513777227680271673', 'Monitoring biodiversity in the Anthropocene using remote sensing in species distribution models', '<i>Remote Sensing of Environment</i>, 239, 111626 (2020).', cites(17))}
${tr('11676704342965394655', 'Beyond counts and averages: Relating geodiversity to dimensions of biodiversity', '<i>Global Ecology and Biogeography</i>, 29 (4), 696-710 (2020).', cites(6))}
${tr('NA', 'The Spatial Distribution of Plant Biodiversity in the Greater Cape Floristic Region of South Africa: Comparing Distribution Models with Expert Range maps', '<i>AGU Fall Meeting</i>, 2020 (2020).')}
</tbody></table>
<h3>2019</h3><table class="publication-table"><tbody>
${tr('9672818105770001787', 'Package ‘hSDM’', '<i></i>,  (2019).', cites(3))}
</tbody></table>
<h3>2014</h3><table class="publication-table"><tbody>
${tr('12652666495545664808', "On using integral projection models to generate demographically driven predictions of species' distributions: development and validation using sparse data", '<i>Ecography</i>, 37 (12), 1167-1183 (2014).', cites(100))}
</tbody></table>
<p>Last updated 2020-06-01. <a href="https://scholar.google.com/citations?user=x">Google Scholar profile</a>, 2020.</p>
</body></html>`;
  it('reads every row as a paper with no authors, its venue and year; the citation badge is not a title', () => {
    const scan = generic.extract(parseHtmlDocument(html), new URL('https://adamwilsonlab.github.io/wilson_publications/'));
    expect(scan.entries.map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'Monitoring biodiversity in the Anthropocene using remote sensing in species distribution models',
        [],
        2020,
        'Remote Sensing of Environment',
      ],
      ['Beyond counts and averages: Relating geodiversity to dimensions of biodiversity', [], 2020, 'Global Ecology and Biogeography'],
      [
        'The Spatial Distribution of Plant Biodiversity in the Greater Cape Floristic Region of South Africa: Comparing Distribution Models with Expert Range maps',
        [],
        2020,
        'AGU Fall Meeting',
      ],
      ['Package ‘hSDM’', [], 2019, undefined],
      [
        "On using integral projection models to generate demographically driven predictions of species' distributions: development and validation using sparse data",
        [],
        2014,
        'Ecography',
      ],
    ]);
  });
});

describe('generic: authorless lists need a venue and a year after every title', () => {
  it('news lines and a footer of dated links are not papers', () => {
    const html = `<html><body><h2>Updates</h2><ul>
<li><a href="/posts/retreat">Lab retreat in the Cape mountains</a>, photos from March 2019.</li>
<li><a href="/posts/welcome">Welcome to our new students</a>, September 2020</li>
<li><a href="/posts/award">Adam receives the teaching award</a> for 2021.</li>
<li><a href="/posts/grant">A new grant from the foundation</a>, 2022.</li>
</ul><footer><p><a href="/">Home</a>, 2024.</p><p><a href="/people">People and alumni</a>, 2024.</p><p><a href="/contact">Contact the lab</a>, 2024.</p></footer></body></html>`;
    expect(generic.extract(parseHtmlDocument(html), new URL('https://lab.example.org/')).entries).toEqual([]);
  });
});

describe('generic: <li> entries written without the <p> their neighbours have (Dreamweaver page, Zhenglab.github.io)', () => {
  const html = `<html><body><p><strong>Journals</strong></p><p><strong>2017</strong></p><ul>
              <li>
                <p>Fan Zhang, Haoting Chen, Li Na  Zhao, Hui Liu, Teresa M. Przytycka and <strong>Jie  Zheng</strong>. <a href="https://bmcsystbiol.biomedcentral.com/articles/10.1186/s12918-015-0249-9">Generalized logical model based on network topology to capture the  dynamical trends of cellular signaling pathways</a>. <em>BMC Systems Biology</em>, 10 Suppl 1:7, 2016.</p>
              </li>
              <li>                Jing  Guo, Feng Lin, Xiaomeng Zhang, Vivek Tanavde, <strong>Jie Zheng</strong>. <a href="https://academic.oup.com/bioinformatics/article-abstract/33/10/1583/2929342">NetLand: quantitative modeling and visualization of  Waddington&rsquo;s epigenetic landscape using probabilistic potential</a>. <em>Bioinformatics</em>, 33(10):1583-1585, 2017.<br>
              Software source code and user manual: <a href="http://netland-ntu.github.io/NetLand/">https://github.com/NetLand-NTU/NetLand/</a></li>
              <li>
                <p>Ket Hing Chong, Xiaomeng Zhang, <strong>Jie Zheng</strong>*. Dynamical analysis of  cellular ageing by modeling of gene regulatory network based attractor  landscape. <em>PLOS ONE</em>, 13(6), e0197838,  2018.</p>
              </li>
              <li>
                <p>M. Wu, Q. Yu, X-L Li, <strong>J. Zheng</strong>, J-F Huang, C-K Kwoh. <a href="http://www.plosone.org/article/info%3Adoi%2F10.1371%2Fjournal.pone.0053197">Benchmarking Human Protein Complexes to Investigate Drug-Related Systems and Evaluate Predicted Protein Complexes</a>. <em>PLOS ONE</em> 8(2): e53197, 2013.</p>
              </li>
</ul></body></html>`;
  it('reads all four, in the list', () => {
    const scan = generic.extract(
      parseHtmlDocument(html),
      new URL('https://shanghaitechzhengjielab.github.io/Zhenglab.github.io/publications.htm'),
    );
    expect(scan.entries.map((e) => e.title).sort()).toEqual([
      'Benchmarking Human Protein Complexes to Investigate Drug-Related Systems and Evaluate Predicted Protein Complexes',
      'Dynamical analysis of cellular ageing by modeling of gene regulatory network based attractor landscape',
      'Generalized logical model based on network topology to capture the dynamical trends of cellular signaling pathways',
      'NetLand: quantitative modeling and visualization of Waddington’s epigenetic landscape using probabilistic potential',
    ]);
    const netland = scan.entries.find((e) => e.title.startsWith('NetLand'))!;
    expect([netland.authors, netland.year, netland.venue]).toEqual([
      ['Jing Guo', 'Feng Lin', 'Xiaomeng Zhang', 'Vivek Tanavde', 'Jie Zheng'],
      2017,
      'Bioinformatics',
    ]);
  });
});

describe('generic: each paper as a group of sibling headings (kddistor.github.io/AlbeckLabWebsite)', () => {
  const html = `<html><body><div id="mainContent"><br>
<p></p>
<h4>Selected Publications</h4><br>

<h5>Albeck JG, Mills GB, Brugge JS. (2013)</h5>
<h4>Frequency-modulated pulses of ERK activity transmit quantitative
proliferation signals.</h4>
<h5>Molecular Cell 49:1-13.</h5><br>

<h5>Hung YP, Albeck JG, Tantama M, Yellen G. (2011)</h5>
<h4>Imaging cytosolic NADH-NAD(+) redox state with a genetically encoded
fluorescent biosensor. </h4>
<h5>Cell Metabolism 14(4):545-54. </h5><br>

<h5>Dey-Guha I, Wolfer A, Yeh AC, Albeck JG, Darp R, Leon E,
Wulfkuhle J, Petricoin EF 3rd, Wittner BS, Ramaswamy S. (2011)
</h5>
<h4>Asymmetric cancer cell division regulated by AKT.</h4>
<h5>Proceedings of the National Academy of Sciences USA 108(31):12845-50. </h5><br>
<h5>Albeck JG*, Burke JM*, Spencer SL, Lauffenburger DA, Sorger
PK. (2008)
</h5>
<h4>Modeling a snap-action, variable-delay switch controlling extrinsic
cell death.</h4>
<h5>PLoS Biology 6(12):2831-52. </h5><br>
<a href=http://www.ncbi.nlm.nih.gov/pubmed/?term=%28albeck+jg[Author]%29>See all publications on PubMed</a>
</div></body></html>`;
  it('names / title / journal headings repeated with one shape are one paper each', () => {
    const scan = generic.extract(parseHtmlDocument(html), new URL('https://kddistor.github.io/AlbeckLabWebsite/publications.htm'));
    expect(scan.entries.map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'Frequency-modulated pulses of ERK activity transmit quantitative proliferation signals',
        ['JG Albeck', 'GB Mills', 'JS Brugge'],
        2013,
        'Molecular Cell',
      ],
      [
        'Imaging cytosolic NADH-NAD(+) redox state with a genetically encoded fluorescent biosensor',
        ['YP Hung', 'JG Albeck', 'M Tantama', 'G Yellen'],
        2011,
        'Cell Metabolism',
      ],
      [
        'Asymmetric cancer cell division regulated by AKT',
        [
          'I Dey-Guha',
          'A Wolfer',
          'AC Yeh',
          'JG Albeck',
          'R Darp',
          'E Leon',
          'J Wulfkuhle',
          'EF Petricoin 3rd',
          'BS Wittner',
          'S Ramaswamy',
        ],
        2011,
        'Proceedings of the National Academy of Sciences USA',
      ],
      [
        'Modeling a snap-action, variable-delay switch controlling extrinsic cell death',
        ['JG Albeck', 'JM Burke', 'SL Spencer', 'DA Lauffenburger', 'PK Sorger'],
        2008,
        'PLoS Biology',
      ],
    ]);
  });
});

describe('generic: Quarto cards with Vancouver names, some with initials written apart (chang-yu-chang.github.io/changlab)', () => {
  const card = (n: number, href: string, title: string, names: string, journal: string, rest: string) =>
    `<div class="pub-card">\n<p>[${n}] <a href="${href}">${title}</a></p>\n<p>${names}</p>\n<p><strong>${journal}</strong> ${rest}</p>\n</div>`;
  const html = `<html><body><section id="published"><h2>Published</h2>
${card(7, 'https://www.science.org/doi/10.1126/science.adg0727', 'Emergent coexistence in multispecies microbial communities', '<u>Chang CY</u>#, Bajić D#, Vila JCC, Estrela S, Sánchez Á#', 'Science', '(2023) 381: 343–348')}
${card(6, 'https://www.pnas.org/doi/10.1073/pnas.2111261119', 'Top-down and bottom-up cohesiveness in microbial community coalescence', 'Diaz-Colunga J*, Lu N*, Sanchez-Gorostiaga A*, <u>Chang CY</u>, Cai H S, Goldford J E, Tikhonov M, Sánchez Á#', 'PNAS', '(2022) 119: e2111261119')}
${card(5, 'https://www.sciencedirect.com/science/article/pii/S2405471221003793', 'Functional attractors in microbial community assembly', 'Estrela S, Vila JCC, Lu N, Bajić D, Rebolleda-Gómez M, <u>Chang CY</u>, Goldford J E, Sanchez-Gorostiaga A, Sánchez Á#', 'Cell Systems', '(2022) 13: 29–42.e7')}
</section></body></html>`;
  it('names are reordered "CY Chang", "H S Cai"; the bold journal is the venue', () => {
    const scan = generic.extract(parseHtmlDocument(html), new URL('https://chang-yu-chang.github.io/changlab/publications.html'));
    expect(scan.entries.map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'Emergent coexistence in multispecies microbial communities',
        ['CY Chang', 'D Bajić', 'JCC Vila', 'S Estrela', 'Á Sánchez'],
        2023,
        'Science',
      ],
      [
        'Top-down and bottom-up cohesiveness in microbial community coalescence',
        ['J Diaz-Colunga', 'N Lu', 'A Sanchez-Gorostiaga', 'CY Chang', 'H S Cai', 'J E Goldford', 'M Tikhonov', 'Á Sánchez'],
        2022,
        'PNAS',
      ],
      [
        'Functional attractors in microbial community assembly',
        ['S Estrela', 'JCC Vila', 'N Lu', 'D Bajić', 'M Rebolleda-Gómez', 'CY Chang', 'J E Goldford', 'A Sanchez-Gorostiaga', 'Á Sánchez'],
        2022,
        'Cell Systems',
      ],
    ]);
  });
});

describe('generic: ABNT cards in year containers of the same class (meneguzzi)', () => {
  const card = (body: string) =>
    `<div class="col-lg-6 text-justify publication-item">${body}<br/>[<a href="pubs/x.pdf">PDF</a>] [<a href="pubs/x.bib">BibTeX</a>]</div>`;
  const html = `<html><body><div class="container"><div class="row text-justify"><div class="col-lg-12">
<div class="col-lg-12"><h2>Patents</h2>
<div class="col-lg-6 text-justify publication-item">SILVA, Ana Cristina Benso da; OLIVEIRA, João Batista Souza de; MENEGUZZI, F. R.; MEIRELLES, Leonardo Luceiro. <strong>Data Processing System and Method</strong>. 2005.<br />[<a href="http://www.wipo.int/pctdb/en/ia.jsp?IA=US2005014654">WO2005109230</a>]</div>
</div>
<div class="col-lg-12"><h2>2015</h2>
${card('MENEGUZZI, Felipe and DE SILVA, Lavindra. <strong>Planning in BDI Agents: A survey of the integration of planning algorithms and agent reasoning</strong>, In The Knowledge Engineering Review (KER), Vol. XX:Y, 2015.')}
</div>
<div class="col-lg-12"><h2>2014</h2>
${card('MENEGUZZI, Felipe; LOGAN, Brian and FAGUNDES, Moser. <strong>Monitoring Strategies with Asymmetric Information in Stochastic Environments</strong>, In Proceedings of the 13th International Conference on Autonomous Agents and Multiagent Systems (AAMAS), Paris, France, 2014.')}
${card('FAGUNDES, Moser; MENEGUZZI, Felipe; BORDINI, Rafael and VIEIRA, Renata. <strong>Dealing with ambiguity in plan recognition under time constraints</strong>, In Proceedings of the 13th International Conference on Autonomous Agents and Multiagent Systems (AAMAS), Paris, France, 2014.')}
</div>
<div class="col-lg-12"><h2>2013</h2>
${card('MENEGUZZI, Felipe; TELANG, Pankaj and SINGH, Munindar P. <strong>A First-Order Formalization of Commitments and Goals</strong>, In Proceedings of the 27th AAAI Conference on Artificial Intelligence (AAAI), Bellevue, WA, USA, 2013.')}
</div>
</div></div></div></body></html>`;
  it('each card once (not also its year container), and the lone card under "Patents" is not a paper', () => {
    const scan = generic.extract(parseHtmlDocument(html), new URL('https://meneguzzi.github.io/meneguzzi-website/publications.shtml'));
    expect(scan.entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'Planning in BDI Agents: A survey of the integration of planning algorithms and agent reasoning',
        ['Felipe MENEGUZZI', 'Lavindra DE SILVA'],
        2015,
      ],
      [
        'Monitoring Strategies with Asymmetric Information in Stochastic Environments',
        ['Felipe MENEGUZZI', 'Brian LOGAN', 'Moser FAGUNDES'],
        2014,
      ],
      [
        'Dealing with ambiguity in plan recognition under time constraints',
        ['Moser FAGUNDES', 'Felipe MENEGUZZI', 'Rafael BORDINI', 'Renata VIEIRA'],
        2014,
      ],
      ['A First-Order Formalization of Commitments and Goals', ['Felipe MENEGUZZI', 'Pankaj TELANG', 'Munindar P. SINGH'], 2013],
    ]);
  });
});

describe('generic: a linked title with its venue in plain text after it (shubhobm, rows without </td>)', () => {
  // Four rows of shubhobm.github.io/publications.html as served (the cells are never closed).
  const rows = `					<tr data-tags='["statml"]'><td>2025</td>
						<td>B. Barazandeh, <b>S. Majumdar</b>, O. Rajyaguru, G. Michailidis. 
						<a href="https://arxiv.org/abs/2506.00236" class="publication-link" target="_blank">
						Localized LoRA: A Structured Low-Rank Approximation for Efficient Fine-Tuning</a>,
						ICMLA 2025.
					</tr>
					<tr data-tags='["aigov"]'><td>2025</td>
						<td>R. Clancy, Q. Zhu, <b>S. Majumdar</b>. 
						<a href="https://link.springer.com/article/10.1007/s43681-025-00821-6" class="publication-link" target="_blank">
						Exploring AI Ethics in Global Contexts:  A Culturally Responsive, Psychologically Realist Approach</a>,
						AI and Ethics 5, 6329-6338.
					</tr>
					<tr data-tags='["aisec","aigov"]'><td>2025</td>
						<td><b>S. Majumdar</b>, B. Pendleton, A. Gupta. 
						<a href="https://arxiv.org/abs/2507.05538" class="publication-link" target="_blank">
						Red Teaming AI Red Teaming</a>, CAMLIS 2025.
					</tr>
					<tr data-tags='["aisec"]'><td>2025</td>
						<td>D. Rosati, S. Dionicio, X. Zeng, <b>S. Majumdar</b>, F. Rudzicz, H. Sajjad. 
						<a href="https://openreview.net/forum?id=cjrm7bo6Eg" class="publication-link" target="_blank">
						Locking Open Weight Models with Spectral Deformation</a>,
						ICML 2025 Workshop on Technical AI Governance.
					</tr>`;
  it('the text after the title is the venue, without its year or pages', () => {
    const html = `<html><body><table class="table"><tbody id="pub">${rows}</tbody></table></body></html>`;
    const scan = generic.extract(parseHtmlDocument(html), new URL('https://shubhobm.github.io/publications.html'));
    expect(scan.entries.map((e) => [e.title, e.venue])).toEqual([
      ['Localized LoRA: A Structured Low-Rank Approximation for Efficient Fine-Tuning', 'ICMLA'],
      ['Exploring AI Ethics in Global Contexts: A Culturally Responsive, Psychologically Realist Approach', 'AI and Ethics'],
      ['Red Teaming AI Red Teaming', 'CAMLIS'],
      ['Locking Open Weight Models with Spectral Deformation', 'ICML 2025 Workshop on Technical AI Governance'],
    ]);
  });
});

describe('generic: "(Year) Title, <em>Journal</em> | Full text" (emdann, Sphinx Furo)', () => {
  // The "Key publications" paragraphs of emdann.github.io/publications.html as served.
  const paragraphs = `<p><strong>Dann E.</strong>, Teichmann S.A., Marioni J.C. (2022) Precise identification of cell states altered in disease with healthy single-cell references, <em>biorXiv (accepted at Nature Genetics)</em> | <a class="reference external" href="https://www.biorxiv.org/content/10.1101/2022.11.10.515939v1">Full text</a> |
<a class="reference external" href="https://github.com/MarioniLab/oor_design_reproducibility">code</a> |
<a class="reference external" href="https://github.com/MarioniLab/oor_benchmark">python package</a></p>
<p>Suo C.*, <strong>Dann E.</strong>*, … , Haniffa M., Teichmann S.A. (2022) Mapping the developing human immune system across organs. <em>Science</em> |
<a class="reference external" href="https://www.science.org/doi/10.1126/science.abo0510#con2">Full text</a> | <a class="reference external" href="https://github.com/Teichlab/Pan_fetal_immune">code</a> | <a class="reference external" href="https://developmental.cellatlas.io/fetal-immune">data</a><br />
<sup>*Equal Contribution</sup></p>
<p><strong>Dann E.</strong>, Henderson N.C., Teichmann S.A., Morgan M.D., Marioni J.C. (2021) Differential abundance testing on single-cell data using k-nearest neighbor graphs, <em>Nature Biotechnology</em> |
<a class="reference external" href="https://www.nature.com/articles/s41587-021-01033-z">Full text</a> |
<a class="reference external" href="https://github.com/MarioniLab/miloR">R package</a> |
<a class="reference external" href="https://github.com/emdann/milopy">python package</a></p>`;
  it('the title ends before the italic journal it ran into, which is the venue', () => {
    const html = `<html><body><h3>Key publications</h3><br>${paragraphs}</body></html>`;
    const scan = generic.extract(parseHtmlDocument(html), new URL('https://emdann.github.io/publications.html'));
    expect(scan.entries.map((e) => e.title)).toEqual([
      'Precise identification of cell states altered in disease with healthy single-cell references',
      'Mapping the developing human immune system across organs',
      'Differential abundance testing on single-cell data using k-nearest neighbor graphs',
    ]);
    expect(scan.entries.slice(1).map((e) => e.venue)).toEqual(['Science', 'Nature Biotechnology']);
  });
});

describe('generic: one reference split over two <li>s (fraternali, Minimal Mistakes)', () => {
  // The first items of fraternali's "Selected publications" list as served ("?" for lost Greek letters is the page's).
  const items = `  <li>Nichols C, Ng J, Keshu A, … Fraternali F, De Nicola GF. Mining the PDB for Tractable Cases Where X-ray Crystallography Combined with Fragment Screens Can Be Used to Systematically Design Protein-Protein Inhibitors: Two Test Cases Illustrated by IL1?-IL1R and p38?-TAB1 Complexes. J Med Chem. 2020 Jul 1. doi: 10.1021/acs.jmedchem.0c00403. Online ahead of print.</li>
  <li>Kepiro IE, Marzuoli I, … Fraternali F, Ryadnov M. Engineering Chirally Blind Protein Pseudocapsids into Antibacterial Persisters [published online ahead of print, 2019 Dec 5]. ACS Nano. 2019;10.1021/acsnano.9b06814. doi:10.1021/acsnano.9b06814</li>
  <li>Marzuoli I, Margreitter C, Fraternali F. (2019). Lipid Head Group Parameterization for GROMOS 54A8: A Consistent Approach with Protein Force Field Description. J Chem Theory Comput, 15(10):5175-5193. doi: 10.1021/acs.jctc.9b00509.</li>
  <li>Machpherson JA, Theisen A, Masino L, Fets L, Driscoll PC, Encheva V, Snijders AP, Martin SR, Kleinjung J, Barran PE, Fraternali F, Anastasiou D.</li>
  <li>(2019). Functional cross-talk between allosteric effects of activating and inhibiting ligands underlies PKM2 regulation. Elife, pii: e45068. doi: 10.7554/eLife.45068.</li>
  <li>Ng JCF, Quist J, Grigoriadis A, Malim MH &amp; Fraternali F. (2019). Pan-cancer transcriptomic analysis dissects immune and proliferative functions of APOBEC3 cytidine deaminases, Nucleic Acids Res, 47(3):1178-1194, doi: 10.1093/nar/gky1316.</li>
  <li>Margreitter C, Lu HC, Townsend C, Stewart A, Dunn-Walters DK &amp; Fraternali F. (2018). BRepertoire: a user-friendly web server for analysing antibody repertoire data. Nucleic Acids Res 46(W1):W264-W270. doi: 10.1093/nar/gky276.</li>`;
  it('a names-only item and the "(2019). Title. …" item after it are one entry', () => {
    const html = `<html><body><p><strong>Selected publications</strong></p><ul>${items}</ul></body></html>`;
    const scan = generic.extract(parseHtmlDocument(html), new URL('https://fraternalilab.github.io/publications/'));
    const split = scan.entries.find((e) => e.title.startsWith('Functional cross-talk'));
    expect(split && [split.title, split.authors, split.year]).toEqual([
      'Functional cross-talk between allosteric effects of activating and inhibiting ligands underlies PKM2 regulation',
      [
        'JA Machpherson',
        'A Theisen',
        'L Masino',
        'L Fets',
        'PC Driscoll',
        'V Encheva',
        'AP Snijders',
        'SR Martin',
        'J Kleinjung',
        'PE Barran',
        'F Fraternali',
        'D Anastasiou',
      ],
      2019,
    ]);
  });
});
