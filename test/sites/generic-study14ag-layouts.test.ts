import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';
import { parseReference } from '../../lib/text/reference';
import { readReferenceList } from '../../lib/text/reflist';

/** The readers on the layouts of the former heldout42 pages (study14ag), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publications/') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

describe('APA 6 names with a spaced ellipsis ". . ." for the names left out (neuroling.github.io)', () => {
  it('reads the names before and after the ellipsis, the list cut, and the title after the year', () => {
    const r = parseReference(
      'Preisig, B. C., Riecke, L., Sjerps, M. J., Kösem, A., Kop, B. R., Bramson, B., . . . Hervais-Adelman, A. (2021). Selective modulation of interhemispheric connectivity by transcranial alternating current stimulation influences binaural integration. Proceedings of the National Academy of Sciences, 118(7), e2015488118. https://doi.org/10.1073/pnas.2015488118',
    );
    expect(r?.title).toBe(
      'Selective modulation of interhemispheric connectivity by transcranial alternating current stimulation influences binaural integration',
    );
    expect(r?.authors).toEqual(['B. C. Preisig', 'L. Riecke', 'M. J. Sjerps', 'A. Kösem', 'B. R. Kop', 'B. Bramson', 'A. Hervais-Adelman']);
    expect(r?.authorsTruncated).toBe(true);
    expect(r?.year).toBe(2021);
  });

  it('reads a particle after the ellipsis ("… de Gelder, B.")', () => {
    const r = parseReference(
      'Van den Stock, J., Tamietto, M., Zhan, M., Heinecke, A., Hervais-Adelman, A., Legrand, L. B., . . . de Gelder, B. (2014). Neural correlates of body and face perception following bilateral destruction of the primary visual cortices. Frontiers in Behavioral Neuroscience, 8, 30. https://doi.org/10.3389/fnbeh.2014.00030',
    );
    expect(r?.authors.at(-1)).toBe('B. de Gelder');
    expect(r?.authors).toContain('L. B. Legrand');
    expect(r?.venue).toBe('Frontiers in Behavioral Neuroscience');
  });
});

describe('a Dutch "\'t" written without its apostrophe ("Bernard t Hart", mouseland.github.io)', () => {
  it('is a part of the first name, not a title', () => {
    const r = parseReference(
      'Bernard t Hart, Titipat Achakulvisut, Ayoade Adeyemi, Athena Akrami, Bradly Alicea, Alicia Alonso-Andres, Diego Alzate-Correa, … Marius Pachitariu, … Carsen Stringer, et al. Neuromatch Academy: A 3-Week, Online Summer School in Computational Neuroscience. Journal of Open Source Education 5 (49), 118, 2022.',
    );
    expect(r?.title).toBe('Neuromatch Academy: A 3-Week, Online Summer School in Computational Neuroscience');
    expect(r?.authors[0]).toBe('Bernard t Hart');
  });
});

describe('a short citation captioning each reference ("Nahass et al., Ophthalmology Science (2025)", monkeygobah.github.io)', () => {
  const card = (caption: string, names: string, title: string, venue: string) =>
    `<div class="admonition note"><p class="admonition-title">${caption}</p>` +
    `<p><strong>${names}</strong><br /><em>${title}</em><br />${venue}</p></div>`;
  const cards = [
    card(
      'Nahass et al., TMLR (2025)',
      'Nahass, G. R., Wang, Z., Rashidisabet, H., Kim, W. H., Hubschman, S., Peterson, J. C., ... &amp; Ravi, S. N.',
      'Targeted Unlearning Using Perturbed Sign Gradient Methods with Applications on Medical Images.',
      '<strong>Transactions on Machine Learning Research</strong> (to appear 01/12/2025).<br />arXiv:2505.21872.',
    ),
    card(
      'Nahass et al., Ophthalmology Science (2025)',
      'Nahass, G. R., Koehler, E., Tomaras, N., Lopez, D., Cheung, M., Palacios, A., ... &amp; Setabutr, P.',
      'Open-Source Periorbital Segmentation Dataset for Ophthalmic Applications.',
      '<strong>Ophthalmology Science</strong>, 100757.',
    ),
    card(
      'Peterson et al., Ophthalmology Science (2025)',
      'Peterson, J. C., Nahass, G. R., Lasalle, C., Bradley, D., Wu, D., Zorra, I., ... &amp; Tran, A. Q.',
      'Development and Validation of a Semi-Automated Tool for Measuring Periorbital Distances.',
      '<strong>Ophthalmology Science</strong>, 100887.',
    ),
    card(
      'Nahass et al., AJO International (2024)',
      'Nahass, G. R., Peterson, J. C., Heinze, K., Choudhary, A., Khandwala, N., Purnell, C. A., ... &amp; Tran, A. Q.',
      'FaceFinder: A machine learning tool for identification of facial images from heterogeneous datasets.',
      '<strong>AJO International</strong>, 1(4), 100083.',
    ),
  ];

  it('the caption is no entry; the reference under it is, dated by the caption', () => {
    const entries = read(page(cards.join('')));
    expect(entries.map((e) => e.title)).toEqual([
      'Targeted Unlearning Using Perturbed Sign Gradient Methods with Applications on Medical Images',
      'Open-Source Periorbital Segmentation Dataset for Ophthalmic Applications',
      'Development and Validation of a Semi-Automated Tool for Measuring Periorbital Distances',
      'FaceFinder: A machine learning tool for identification of facial images from heterogeneous datasets',
    ]);
    expect(entries[1]).toMatchObject({ year: 2025, venue: 'Ophthalmology Science' });
    expect(entries[1]!.authors[0]).toBe('G. R. Nahass');
  });

  it("in a selection's text, the caption line over a blank line dates the reference below it", () => {
    const text = [
      'Nahass et al., Ophthalmology Science (2025)',
      '',
      'Nahass, G. R., Koehler, E., Tomaras, N., Lopez, D., Cheung, M., Palacios, A., ... & Setabutr, P.',
      'Open-Source Periorbital Segmentation Dataset for Ophthalmic Applications.',
      'Ophthalmology Science, 100757.',
      '',
      'Nahass et al., AJO International (2024)',
      '',
      'Nahass, G. R., Peterson, J. C., Heinze, K., Choudhary, A., Khandwala, N., Purnell, C. A., ... & Tran, A. Q.',
      'FaceFinder: A machine learning tool for identification of facial images from heterogeneous datasets.',
      'AJO International, 1(4), 100083.',
    ].join('\n');
    const entries = readReferenceList(text);
    expect(entries.map((e) => [e.title, e.year])).toEqual([
      ['Open-Source Periorbital Segmentation Dataset for Ophthalmic Applications', 2025],
      ['FaceFinder: A machine learning tool for identification of facial images from heterogeneous datasets', 2024],
    ]);
  });

  it('a caption alone reads as no reference', () => {
    expect(parseReference('Nahass et al., Ophthalmology Science (2025)')).toBeNull();
  });
});

describe('a "Selected" box repeating papers of the full list\'s sections (drdattaaiims.github.io)', () => {
  const li = (names: string, title: string, venue: string, doi: string) =>
    `<li>${names} ${title} <em>${venue}</em>. — <a href="https://doi.org/${doi}" class="mono">DOI</a></li>`;
  const medversa = li(
    'Zhou HY, Acosta JN, Adithan S, <strong>Datta S</strong>, Topol EJ, Rajpurkar P.',
    'MedVersa: a generalist foundation model for diverse medical imaging tasks.',
    'NEJM AI</em>. 2026;3(4).<em>',
    '10.1056/AIoa2500595',
  );
  const chatbots = li(
    '<strong>Datta S</strong>, Sarangi PK.',
    'From chatbots to agentic workflows: ensuring responsible deployment of large language models in radiology.',
    'Indian Journal of Radiology & Imaging</em>. 2026;36(2):286–288.<em>',
    '10.1055/s-0045-1811264',
  );
  const chapter = li(
    '<strong>Datta S</strong>.',
    'Artificial intelligence in interventional radiology. In:',
    'Artificial Intelligence in Medicine</em>. Springer; 2021:1–12.<em>',
    '10.1007/978-3-030-58080-3_283-1',
  );
  const html = page(
    `<h2>Selected</h2><ul>${medversa}${chatbots}${chapter}</ul>` +
      `<h2>Full list</h2><h3>Journal articles</h3><ul>${medversa}${chatbots}` +
      li(
        'Ellappan K, <strong>Datta S</strong>, Muthuraj M.',
        'Evaluation of factors influencing M. tuberculosis complex recovery and contamination rates in MGIT960.',
        'Indian Journal of Tuberculosis</em>. 2020;67(2):211–216.<em>',
        '10.1016/j.ijtb.2020.01.002',
      ) +
      `</ul><h3>Book chapters</h3><ul>${chapter}</ul>`,
  );

  it('each paper is read once', () => {
    const titles = read(html).map((e) => e.title);
    expect(titles).toHaveLength(4);
    expect(new Set(titles).size).toBe(4);
    expect(titles).toContain('Artificial intelligence in interventional radiology');
  });
});

describe('a blog index of paper posts as flat siblings, each opening with its date (baudisgroup.github.io)', () => {
  const post = (date: string, teaser: string, title: string, names: string, abstract: string) =>
    `<aside class="blog-post-aside"><span>${date}</span></aside>` +
    `<h3 class="title_news">${teaser}</h3>` +
    `<h3 id="t">${title}<a class="headerlink" href="#t" title="Permanent link">&para;</a></h3>` +
    `<h4 id="n">${names}<a class="headerlink" href="#n" title="Permanent link">&para;</a></h4>` +
    `<p><strong>Abstract</strong> ${abstract}</p>` +
    `<a href="./">Continue reading</a>`;
  const prose =
    'DNA copy number profiles from microarray and sequencing experiments sometimes contain wave artefacts which may be introduced during sample preparation and cannot be removed completely by existing preprocessing methods. We define four features that adequately summarize the copy number profiles for reliability assessment, and train a classifier on a dataset of 1522 copy number profiles.';
  const html = page(
    `<div class="blog">` +
      post(
        'October 01, 2016',
        'CNARA: reliability...',
        'CNARA: reliability assessment for genomic copy number profiles.',
        'Ai N, Cai H, Solovan C, Baudis M.',
        prose,
      ) +
      post(
        'January 01, 2015',
        'arrayMap 2014: an...',
        'arrayMap 2014: an updated cancer genome resource.',
        'Cai H, Gupta S, Rath P, Ai N, Baudis M.',
        prose,
      ) +
      post(
        'January 01, 2014',
        'Progenetix: 12 years...',
        'Progenetix: 12 years of oncogenomic data curation.',
        'Cai H, Kumar N, Ai N, Gupta S, Rath P, Baudis M.',
        prose,
      ) +
      post(
        'January 01, 2012',
        'arrayMap: a...',
        'arrayMap: a reference resource for genomic copy number imbalances in human malignancies.',
        'Cai H, Kumar N, Baudis M.',
        prose,
      ) +
      `</div>`,
  );

  it('each post is a paper: its whole title (not the teaser cut with "..."), its names, its date\'s year', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.title, e.year])).toEqual([
      ['CNARA: reliability assessment for genomic copy number profiles', 2016],
      ['arrayMap 2014: an updated cancer genome resource', 2015],
      ['Progenetix: 12 years of oncogenomic data curation', 2014],
      ['arrayMap: a reference resource for genomic copy number imbalances in human malignancies', 2012],
    ]);
    expect(entries[0]!.authors).toEqual(['N Ai', 'H Cai', 'C Solovan', 'M Baudis']);
  });

  it("a DOI before a heading's permalink mark ends before the mark", () => {
    const r = parseReference(
      'Huang Q and Baudis M. (2020) Enabling population assignment from cancer genomes with SNP2pop. Sci Rep 10, 4846 (2020). doi.org/10.1038/s41598-020-61854-x¶',
    );
    expect(r?.ids.doi).toBe('10.1038/s41598-020-61854-x');
  });
});

describe('a Vancouver citation with its online-first date after the issue ("2026;36(2):286–288. Epub 21 Aug 2025.", drdattaaiims.github.io)', () => {
  it('is of the year of its issue, not of its Epub date', () => {
    const r = parseReference(
      'Datta S, Sarangi PK. From chatbots to agentic workflows: ensuring responsible deployment of large language models in radiology. Indian Journal of Radiology & Imaging. 2026;36(2):286–288. Epub 21 Aug 2025.',
    );
    expect(r?.year).toBe(2026);
    expect(r?.venue).toBe('Indian Journal of Radiology & Imaging');
  });
});
