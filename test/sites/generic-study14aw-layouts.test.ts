import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout66 life-science pages (study14aw), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

describe('cards of a title, a "Journal, 2022" line and a "View on PubMed" link, no names (dugan)', () => {
  const card = (title: string, venue: string, pmid: string) =>
    `<article class="publication-card"><h3 class="anchored">${title}</h3><p>${venue}</p>` +
    `<a href="https://pubmed.ncbi.nlm.nih.gov/${pmid}/" target="_blank" rel="noreferrer">View on PubMed</a></article>`;
  const html = page(
    `<h1 class="title">Publications</h1><div class="publication-list">` +
      card(
        'Association between WWOX/MAF variants and dementia-related neuropathologic endophenotypes',
        'Neurobiology of Aging, 2022',
        '34852950',
      ) +
      card(
        'Analysis of genes implicated in risk for LATE-NC and hippocampal sclerosis',
        'Acta Neuropathologica Communications, 2021',
        '34526147',
      ) +
      card(
        'Validation of the modified Bosniak classification system to risk stratify pediatric cystic renal masses',
        'Journal of Pediatric Urology, 2022',
        '34961708',
      ) +
      `</div>`,
  );

  it('reads the link’s call ("View on PubMed") as a label, not a third line of the card', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Association between WWOX/MAF variants and dementia-related neuropathologic endophenotypes', [], 2022, 'Neurobiology of Aging'],
      ['Analysis of genes implicated in risk for LATE-NC and hippocampal sclerosis', [], 2021, 'Acta Neuropathologica Communications'],
      [
        'Validation of the modified Bosniak classification system to risk stratify pediatric cystic renal masses',
        [],
        2022,
        'Journal of Pediatric Urology',
      ],
    ]);
  });
});

describe('cards of a linked title over a meta line of family names, year and outlet (wacker)', () => {
  const card = (title: string, meta: string) =>
    `<article class="pub"><a class="title" href="https://scholar.google.com/citations?user=b8JQcOUAAAAJ">${title}</a>` +
    `<div class="meta">${meta}</div></article>`;
  const cards = [
    card(
      'Involving adolescents in evidence syntheses: an umbrella review',
      'Warraitch, Sulowska, <strong>Wacker</strong>, Lee, Bruce, Hernon • 2025 • Systematic Reviews',
    ),
    card(
      'Positive impacts of adolescent involvement in health research: An umbrella review',
      'Warraitch, <strong>Wacker</strong>, Biju, Lee, Bruce, Curran, Khraisha • 2024 • Journal of Adolescent Health',
    ),
    card(
      'A rapid review of guidelines on the involvement of adolescents in health research',
      'Warraitch, <strong>Wacker</strong>, Bruce, Bourke, Hadfield • 2024 • Health Expectations',
    ),
    card(
      'Strengthening evidence syntheses with adolescent involvement: an umbrella review',
      'Warraitch, Sulowska, <strong>Wacker</strong>, Lee, Bruce, Hernon • 2024',
    ),
  ];

  it('reads the family names, shared by the cards, as the authors', () => {
    expect(read(page(`<h1>Publications</h1>${cards.join('')}`)).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'Involving adolescents in evidence syntheses: an umbrella review',
        ['Warraitch', 'Sulowska', 'Wacker', 'Lee', 'Bruce', 'Hernon'],
        2025,
        'Systematic Reviews',
      ],
      [
        'Positive impacts of adolescent involvement in health research: An umbrella review',
        ['Warraitch', 'Wacker', 'Biju', 'Lee', 'Bruce', 'Curran', 'Khraisha'],
        2024,
        'Journal of Adolescent Health',
      ],
      [
        'A rapid review of guidelines on the involvement of adolescents in health research',
        ['Warraitch', 'Wacker', 'Bruce', 'Bourke', 'Hadfield'],
        2024,
        'Health Expectations',
      ],
      [
        'Strengthening evidence syntheses with adolescent involvement: an umbrella review',
        ['Warraitch', 'Sulowska', 'Wacker', 'Lee', 'Bruce', 'Hernon'],
        2024,
        undefined,
      ],
    ]);
  });

  it('not a post list whose meta lines give tags that change from card to card', () => {
    const posts = [
      card('Field notes from the spring survey season', 'Ecology, Fieldwork • 2024 • Blog'),
      card('What we learned from teaching the methods course', 'Teaching, Statistics • 2024 • Blog'),
      card('A new grant for the coastal monitoring project', 'Funding, Coasts • 2023 • Blog'),
    ];
    expect(read(page(`<h1>Publications</h1>${posts.join('')}`))).toEqual([]);
  });
});

describe('a showcase of linked titles beside figures, no names or years (bromley)', () => {
  const html = page(
    `<section id="publications"><h1>Publications</h1>` +
      `<p><a href="https://www.nature.com/articles/s41467-022-29606-9">Chemotherapy-induced COX-2 upregulation by cancer cells defines their inflammatory properties and limits the efficacy of chemoimmunotherapy combinations</a> <img src="files/bell_paper.jpeg" style="width:50%"></p>` +
      `<p><a href="https://doi.org/10.1016/j.cell.2022.02.021">Tissue-resident FOLR2+ macrophages associate with CD8+ T cell infiltration in human breast cancer</a> <img src="files/folr2_paper.jpeg" style="width:50%"> * In this study I carried out the human ’omics analysis. * I characterised the prognostic potential of FOLR2+ tissue resident macrophages in breast cancer.</p>` +
      `<p><a href="https://doi.org/10.3390/cancers15061792">NKG2D Fine-Tunes the Local Inflammatory Response in Colorectal Cancer</a> <img src="files/nkg2d_paper.jpeg" style="width:50%"></p>` +
      `<p><a href="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8922249/">RNA sensing via the RIG‐I‐like receptor LGP2 is essential for the induction of a type I IFN response in ADAR1 deficiency</a> <img src="files/adar_paper.jpeg" style="width:50%"></p>` +
      `</section>`,
  );

  it('reads each linked title, its remark left out, with the DOI its link gives', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'Chemotherapy-induced COX-2 upregulation by cancer cells defines their inflammatory properties and limits the efficacy of chemoimmunotherapy combinations',
        [],
        undefined,
      ],
      ['Tissue-resident FOLR2+ macrophages associate with CD8+ T cell infiltration in human breast cancer', [], undefined],
      ['NKG2D Fine-Tunes the Local Inflammatory Response in Colorectal Cancer', [], undefined],
      [
        'RNA sensing via the RIG‐I‐like receptor LGP2 is essential for the induction of a type I IFN response in ADAR1 deficiency',
        [],
        undefined,
      ],
    ]);
    expect(entries[1]!.ids.doi).toBe('10.1016/j.cell.2022.02.021');
  });

  it('not cards whose links all say the same ("Click here to read", rising)', () => {
    const cards = [1, 2, 3, 4]
      .map(
        (n) =>
          `<p><a href="https://pubs.acs.org/doi/10.1021/acsnano.0c0893${n}">Click here to read</a> <img src="img/assets/cover${n}.jpg"></p>`,
      )
      .join('');
    expect(read(page(`<section><h1>Publications</h1>${cards}</section>`))).toEqual([]);
  });

  it('not links to other pages under a heading that names something else', () => {
    const news = html
      .replace('<h1>Publications</h1>', '<h1>In the news</h1>')
      .replace('<title>Publications</title>', '<title>Home</title>');
    expect(read(news)).toEqual([]);
  });
});

describe('a section of posters and talks whose heading adds a note in parentheses (jeurissen)', () => {
  const paper = (names: string, rest: string) => `<li><p>${names} ${rest}<br /> <a href="papers/x.pdf">PDF</a></p></li>`;
  const html = page(
    `<h1>Publications</h1><h2 id="journal-publications">Journal publications</h2><ul>` +
      paper(
        '<u>D. Jeurissen</u>, A.F. Van Ham, and M.W. Self (2015).',
        'The neural representation of multiple objects in the primate visual system. <strong>Journal of Neuroscience</strong>, 35(37), 12612-12614.',
      ) +
      paper(
        '<u>D. Jeurissen</u>, A.T. Sack, A. Roebroeck, B.E. Russ, and A. Pascual-Leone (2014).',
        'TMS affects moral judgment, showing the role of DLPFC and TPJ in cognitive and emotional processing. <strong>Frontiers in Neuroscience</strong>, 8, 1-9.',
      ) +
      paper(
        '<u>D. Jeurissen</u>, M.W. Self, and P.R. Roelfsema (2013).',
        'Surface reconstruction, figure-ground modulation, and border-ownership. <strong>Cognitive Neuroscience</strong>, 4(1), 50-52.',
      ) +
      `</ul><hr /><h2 id="posters">Posters, talks, and abstracts (Presenting author only)</h2><ul>` +
      '<li><p>D. Jeurissen*, S. Shushruth*, Y. El-Shamayleh, G.D. Horwitz, and M.N. Shadlen (2019). Deficits in decision making after pharmacological and chemogenetic inactivation of Area LIP. Poster at the Society for Neuroscience Meeting, October 19 – 23, Chicago, IL, USA. * Equal contribution</p></li>' +
      '<li><p>D. Jeurissen, Y.H.R. Kang, and M.N. Shadlen (2018). Serial integration of two sensory sources of information for a single perceptual decision. Poster presentation at the Simons Foundation annual meeting, September 5 - 7, 2018, New York, NY, USA.</p></li>' +
      '<li><p>D. Jeurissen (2016). Flexible routing of information through specialized networks in the brain. Talk at the Simons Foundation Annual Meeting, September 11 - 13, New York, NY, USA.</p></li>' +
      '<li><p>D. Jeurissen, A.F. Van Ham, M.W. Self, and P.R. Roelfsema (2015). The development of figure-ground segregation across time and space in the visual cortex of the macaque monkey. Poster presentation at the Society for Neuroscience, October 17 - 21, 2015, Chicago, IL, USA.</p></li>' +
      '</ul>',
  );

  it('reads the papers and leaves the presentations out', () => {
    expect(read(html).map((e) => e.title)).toEqual([
      'The neural representation of multiple objects in the primate visual system',
      'TMS affects moral judgment, showing the role of DLPFC and TPJ in cognitive and emotional processing',
      'Surface reconstruction, figure-ground modulation, and border-ownership',
    ]);
  });
});

describe('a title link split in two where its italics end (chrisjlaw, a Mobirise page)', () => {
  const entry = (n: number, names: string, year: number, title: string, journal: string, doi: string) =>
    `<p>${n}) ${names}. ${year}. ${title}. <em>${journal}</em>. <a href="http://doi.org/${doi}" target="_blank">doi.org/${doi}</a></p><p><em>Literature review</em></p><p><br></p>`;
  const link = (text: string) => `<a href="https://www.researchgate.net/publication/1_x" target="_blank">${text}</a>`;
  const html = page(
    `<div class="mbr-text">` +
      entry(
        11,
        'Jones K &amp; <strong>Law CJ</strong>',
        2018,
        link('Differentiation of craniomandibular morphology in two sympatric Peromyscus mice (Cricetidae: Rodentia)'),
        'Mammal Research',
        '10.1007/s13364-018-0364-2',
      ) +
      entry(
        10,
        '<strong>Law CJ</strong>',
        2018,
        `${link('<em>Mustela sibirica</em>')}${link(' (Carnivora: Mustelidae)')}`,
        'Mammalian Species',
        '10.1093/mspecies/sey013',
      ) +
      entry(
        7,
        '<em><u>Hung N</u></em> &amp; <strong>Law CJ</strong>',
        2016,
        `${link('<em>Lutra lutra</em>')}${link(' (Carnivora: Mustelidae)')}`,
        'Mammalian Species',
        '10.1093/mspecies/sew011',
      ) +
      entry(
        4,
        'Baliga VB &amp; <strong>Law CJ</strong>',
        2016,
        link('Cleaners amongst wrasses: phylogenetics and evolutionary patterns of cleaning behavior within Labridae'),
        'Molecular Phylogenetics and Evolution',
        '10.1016/j.ympev.2015.09.006',
      ) +
      `</div>`,
  );

  it('reads the second part of the link, though bracketed like a label, as the rest of the title', () => {
    expect(read(html).map((e) => [e.title, e.authors])).toEqual([
      ['Differentiation of craniomandibular morphology in two sympatric Peromyscus mice (Cricetidae: Rodentia)', ['K Jones', 'CJ Law']],
      ['Mustela sibirica (Carnivora: Mustelidae)', ['CJ Law']],
      ['Lutra lutra (Carnivora: Mustelidae)', ['N Hung', 'CJ Law']],
      ['Cleaners amongst wrasses: phylogenetics and evolutionary patterns of cleaning behavior within Labridae', ['VB Baliga', 'CJ Law']],
    ]);
  });
});
