import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout62 / heldout63 pages (study14as), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publication.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

describe('a list of the owner’s papers that names no one and numbers nothing, its venues named (alharbi)', () => {
  const conferences = [
    'Mobility Support for Reduced-State Routing, 2nd International Conference on Computing and Information Technology (ICCIT), University of Tabuk, Tabuk, Saudi Arabia, 9-10 November, 2021.',
    'Preemptive Two-Stage Update Mechanism for Software-Defined Networks, 44th IEEE Conference on Local Computer Networks (LCN), Osnabrück, Germany, October 14-17, 2019. <a href="https://ieeexplore.ieee.org/document/8990796">HTML</a>',
    'Demographic Group Classification of Smart Device Users, 14th IEEE International Conference on Machine Learning and Applications (ICMLA), Miami, Florida, USA, December 9-11, 2015. <a href="files/icmla15.pdf">PDF</a>',
  ];
  const journals = [
    'DAMAC: A Delay Aware MAC Protocol for Ad-hoc Underwater Acoustic Sensor Networks, MDPI, Sensors, ISI-Indexed, August 2, 2021.',
    'Cryptanalysis of Internet of Health Things Encryption Scheme Based on Chaotic Maps, IEEE Access, ISI-Indexed, Volume 9, July 21, 2021.',
    'Enhancing Topic Clustering for Arabic Security News Based on K-means and Topic Modeling, the Institution of Engineering and Technology (IET), ISI-Indexed, January 31, 2021.',
  ];
  const html = page(
    `<h1>CONFERENCES</h1><ol>${conferences.map((c) => `<li>${c}</li>`).join('')}</ol>` +
      `<h1>JOURNALS</h1><ol>${journals.map((c) => `<li>${c}</li>`).join('')}</ol>`,
  );

  it('reads each entry as its title to the first comma, then its venue and year', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Mobility Support for Reduced-State Routing', [], 2021],
      ['Preemptive Two-Stage Update Mechanism for Software-Defined Networks', [], 2019],
      ['Demographic Group Classification of Smart Device Users', [], 2015],
      ['DAMAC: A Delay Aware MAC Protocol for Ad-hoc Underwater Acoustic Sensor Networks', [], 2021],
      ['Cryptanalysis of Internet of Health Things Encryption Scheme Based on Chaotic Maps', [], 2021],
      ['Enhancing Topic Clustering for Arabic Security News Based on K-means and Topic Modeling', [], 2021],
    ]);
    expect(entries[1]!.venue).toBe('44th IEEE Conference on Local Computer Networks (LCN), Osnabrück, Germany');
  });

  it('not a list of talks at places that name no venue', () => {
    const talks = [
      'Mobility Support for Reduced-State Routing, University of Tabuk, Tabuk, Saudi Arabia, 9-10 November, 2021.',
      'Preemptive Two-Stage Update Mechanism for Software-Defined Networks, Osnabrück, Germany, October 14-17, 2019.',
      'Demographic Group Classification of Smart Device Users, Miami, Florida, USA, December 9-11, 2015.',
    ];
    expect(read(page(`<ol>${talks.map((c) => `<li>${c}</li>`).join('')}</ol>`))).toEqual([]);
  });
});

describe('cards of a venue badge over the title and a row of buttons, no names (kamalasankari)', () => {
  const card = (venue: string, title: string) =>
    `<div class="pub-card"><span class="pub-venue">${venue}</span><h3 class="pub-title-text">${title}</h3>` +
    `<div class="pub-buttons"><a href="https://arxiv.org/abs/2604.02532" class="pub-btn">Paper</a>` +
    `<a href="https://github.com/x/y" class="pub-btn">Repo</a><a href="pubs/x.html" class="pub-btn">Details</a></div></div>`;
  const html = page(
    `<h1>The Hall of Papers</h1><div class="pub-list">` +
      card('CVPR 2026', 'FEATURE ATTRIBUTION STABILITY SUITE: HOW STABLE ARE POST-HOC ATTRIBUTIONS?') +
      card('IEEE BIG DATA 2025', 'HYPERCOMPLEX: ADAPTIVE MULTI-SPACE KNOWLEDGE GRAPH EMBEDDINGS') +
      card('ICMLA 2025', 'SECUREFIXAGENT: A HYBRID LLM AGENT FOR AUTOMATED PYTHON STATIC VULNERABILITY REPAIR') +
      card('IEEE ICCDS 2024', 'YOLO: ROOF MATERIAL DETECTION USING AERIAL IMAGERY') +
      `</div>`,
  );

  it('reads each card’s badge as its venue and year, and names no one', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['FEATURE ATTRIBUTION STABILITY SUITE: HOW STABLE ARE POST-HOC ATTRIBUTIONS?', [], 2026, 'CVPR 2026'],
      ['HYPERCOMPLEX: ADAPTIVE MULTI-SPACE KNOWLEDGE GRAPH EMBEDDINGS', [], 2025, 'IEEE BIG DATA 2025'],
      ['SECUREFIXAGENT: A HYBRID LLM AGENT FOR AUTOMATED PYTHON STATIC VULNERABILITY REPAIR', [], 2025, 'ICMLA 2025'],
      ['YOLO: ROOF MATERIAL DETECTION USING AERIAL IMAGERY', [], 2024, 'IEEE ICCDS 2024'],
    ]);
  });
});

describe('a title heading over a lesser heading of names and links, no dates (bouchacourt)', () => {
  const paper = (title: string, names: string, links: string) => `<h3>${title}</h3>\n<h5>${names}<br>&gt; ${links}</h5>\n`;
  const html = page(
    `<div class="content"><h2>Selected publications</h2>` +
      `<h5>For a full list of my publications, please see my <a href="https://scholar.google.com/citations?user=x">Google Scholar profile</a></h5>` +
      paper(
        'Disentanglement of correlated factors via hausdorff factorized support',
        'Karsten Roth, Mark Ibrahim, Zeynep Akata, Pascal Vincent*,<b>Diane Bouchacourt*</b>',
        '<a href="https://arxiv.org/pdf/2210.07347.pdf">paper</a>',
      ) +
      paper(
        'PUG: Photorealistic and semantically controllable synthetic data for representation learning',
        'Florian Bordes, Shashank Shekhar, Mark Ibrahim, <b>Diane Bouchacourt</b>, Pascal Vincent, Ari S Morcos',
        '<a href="https://arxiv.org/abs/2308.03977">paper</a> + <a href="https://pug.metademolab.com/">website</a>',
      ) +
      paper(
        'The robustness limits of sota vision models to natural variation',
        'Mark Ibrahim, Quentin Garrido, Ari Morcos*, <b>Diane Bouchacourt*</b>',
        '<a href="https://arxiv.org/abs/2210.13604">paper</a>',
      ) +
      `</div>`,
  );

  it('reads each heading with the names under it, not the note before the first', () => {
    expect(read(html).map((e) => [e.title, e.authors])).toEqual([
      [
        'Disentanglement of correlated factors via hausdorff factorized support',
        ['Karsten Roth', 'Mark Ibrahim', 'Zeynep Akata', 'Pascal Vincent', 'Diane Bouchacourt'],
      ],
      [
        'PUG: Photorealistic and semantically controllable synthetic data for representation learning',
        ['Florian Bordes', 'Shashank Shekhar', 'Mark Ibrahim', 'Diane Bouchacourt', 'Pascal Vincent', 'Ari S Morcos'],
      ],
      [
        'The robustness limits of sota vision models to natural variation',
        ['Mark Ibrahim', 'Quentin Garrido', 'Ari Morcos', 'Diane Bouchacourt'],
      ],
    ]);
  });
  it("on a page titled with its owner's name, only a marked names line may open a card: each title keeps the names under it", () => {
    // The page's own last two entries, under "Selected publications" on a page titled and headed with the owner's name.
    const more =
      paper(
        'Does progress on object recognition benchmarks improve real-world generalization?',
        'Megan Richards, Polina Kirichenko, <b>Diane Bouchacourt*</b>, Mark Ibrahim*',
        '<a href="https://arxiv.org/pdf/2308.03977.pdf">paper</a>',
      ) +
      paper(
        'Grounding inductive biases in natural images: invariance stems from variations in data',
        '<b>Diane Bouchacourt*</b>, Mark Ibrahim*, Ari S. Morcos',
        '<a href="https://arxiv.org/abs/2106.05121">paper</a> + <a href="https://github.com/facebookresearch/grounding-inductive-biases">code</a>',
      );
    const named = html
      .replace('<title>Publications</title>', '<title>Diane Bouchacourt</title>')
      .replace('<main>', '<main><h1>Diane Bouchacourt</h1><p>Meta AI (FAIR)</p>')
      .replace('</div></main>', `${more}</div></main>`);
    const entries = read(named, 'https://dianebouchacourt.example.io/pubs.html');
    expect(entries.map((e) => [e.title, e.authors[0]])).toEqual([
      ['Disentanglement of correlated factors via hausdorff factorized support', 'Karsten Roth'],
      ['PUG: Photorealistic and semantically controllable synthetic data for representation learning', 'Florian Bordes'],
      ['The robustness limits of sota vision models to natural variation', 'Mark Ibrahim'],
      ['Does progress on object recognition benchmarks improve real-world generalization?', 'Megan Richards'],
      ['Grounding inductive biases in natural images: invariance stems from variations in data', 'Diane Bouchacourt'],
    ]);
  });
});

describe('cards that class their title and authors and show no year (mariaddld)', () => {
  const card = (badge: string, title: string, names: string) =>
    `<div class="paper"><div class="paper-flex"><div class="paper-conference"><small>${badge}</small></div>` +
    `<div class="paper-details"><div class="paper-title">${title}</div><div class="paper-authors">${names}</div></div>` +
    `<div class="paper-icons"><a href="https://pubmed.ncbi.nlm.nih.gov/">PubMed</a></div></div></div>`;
  const html = page(
    `<h1>Publications</h1><div id="publications">` +
      card(
        'Cell &#39;21',
        'Amplification-free detection of SARS-CoV-2 with CRISPR-Cas13a and mobile phone microscopy',
        'P. Fozouni*, S. Son*, <strong>M. Díaz de León Derby*</strong>, G. J. Knott, D. A. Fletcher and M. Ott',
      ) +
      card(
        'Lab Chip &#39;17',
        'An electrohydrodynamic technique for rapid mixing in stationary droplets on digital microfluidic platforms',
        'E. Samiei, <strong>M. Díaz de León Derby</strong>, A. V. Berg and M. Hoorfar',
      ) +
      card(
        '&#39;16',
        'Digital microfluidic platform for dielectrophoretic patterning of cells encapsulated in hydrogel droplets',
        'B. A. Nestor, E. Samiei, <strong>M. Díaz de León Derby</strong>, K. Kim and M. Hoorfar',
      ) +
      `</div>`,
  );

  it('reads each card’s title and names, undated', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'Amplification-free detection of SARS-CoV-2 with CRISPR-Cas13a and mobile phone microscopy',
        ['P. Fozouni', 'S. Son', 'M. Díaz de León Derby', 'G. J. Knott', 'D. A. Fletcher', 'M. Ott'],
        undefined,
      ],
      [
        'An electrohydrodynamic technique for rapid mixing in stationary droplets on digital microfluidic platforms',
        ['E. Samiei', 'M. Díaz de León Derby', 'A. V. Berg', 'M. Hoorfar'],
        undefined,
      ],
      [
        'Digital microfluidic platform for dielectrophoretic patterning of cells encapsulated in hydrogel droplets',
        ['B. A. Nestor', 'E. Samiei', 'M. Díaz de León Derby', 'K. Kim', 'M. Hoorfar'],
        undefined,
      ],
    ]);
  });
});
