import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';

/**
 * The generic reader on blocks that hold several references (issue 14, study14af): a year's cell or paragraph with its
 * references one a line, or a few lines each, is read as those references; a block whose lines belong to list items
 * of its own is not. References from the dev corpus (acostalab, mmab).
 */
const read = (html: string, url = 'https://example.org/~lab/publications.html') =>
  generic.extract(parseHtmlDocument(`<html><head><title>Publications</title></head><body>${html}</body></html>`), new URL(url)).entries;

// acostalab's references (Vancouver-like names, "(Year). Title. Journal, vol(issue):pages. doi:…"), split after the title
// where a page wraps them onto a second line.
const refs: [number, string, string][] = [
  [
    2026,
    'Mavlonazarova S, Acosta K, Abzalimov R, Satorov S, and Dushenkov V. (2026). Untargeted metabolomics reveals organ-specific and extraction-dependent metabolite profiles in endemic Tajik species Ferula violacea Korovin.',
    'Plant Direct, 10(3):e70123. doi:10.1002/pld3.70123',
  ],
  [
    2026,
    'Cho E, Acosta K, Henkin J, Abzalimov R, and Raskin I. (2026). Synergistic antifungal effects of botanical extracts against Candida albicans.',
    'PLOS ONE, 21(1):e0340665. doi:10.1371/journal.pone.0340665',
  ],
  [
    2025,
    'Kaz A, Thirunavukkarasu K, Almosd L, Cho E, Henkin J, Acosta K, Abzalimov R, and Raskin I. (2025). Potent surface antimicrobial activity of hydrolyzable tannins from Aleppo oak galls.',
    'Scientific Reports, 16:3088. doi:10.1038/s41598-025-33013-7',
  ],
  [
    2025,
    'Ernst E, Abramson B, Acosta K, Hoang PTN, Mateo-Elizalde C, Schubert V, Pasaribu B, Albert PS, Hartwick N, Colt K, Aylward A, Ramu U, Birchler JA, Schubert I, Lam E, Michael TP, and Martienssen RA. (2025). Duckweed genomes and epigenomes underlie triploid hybridization and clonal reproduction.',
    'Current Biology, 35(8):1828-1847. doi:10.1016/j.cub.2025.03.013',
  ],
  [
    2024,
    'Acosta K, Sree KS, Okamoto N, Koseki K, Sorrels S, Jahreis G, Watanabe F, Appenroth KJ, and Lam E. (2024). Source of vitamin B12 in plants of the Lemnaceae family and its production by duckweed-associated bacteria.',
    'Journal of Food Composition and Analysis, 135:106603. doi:10.1016/j.jfca.2024.106603',
  ],
  [
    2024,
    'Pasaribu B, Acosta K, Aylward A, Liang Y, Abramson BW, Colt K, Hartwick NT, Shanklin J, Michael TP, and Lam E. (2024). Genomics of turions from the Greater Duckweed reveal its pathways for dormancy and re-emergence strategy.',
    'New Phytologist, 239(1):116-131. doi:10.1111/nph.18941',
  ],
];
const titles = [
  'Untargeted metabolomics reveals organ-specific and extraction-dependent metabolite profiles in endemic Tajik species Ferula violacea Korovin',
  'Synergistic antifungal effects of botanical extracts against Candida albicans',
  'Potent surface antimicrobial activity of hydrolyzable tannins from Aleppo oak galls',
  'Duckweed genomes and epigenomes underlie triploid hybridization and clonal reproduction',
  'Source of vitamin B12 in plants of the Lemnaceae family and its production by duckweed-associated bacteria',
  'Genomics of turions from the Greater Duckweed reveal its pathways for dormancy and re-emergence strategy',
];
const years = [2026, 2025, 2024];
const ofYear = (y: number) => refs.filter(([year]) => year === y);

describe('generic: a year cell beside a cell of that year’s references', () => {
  it('one reference a line ("<td>2025</td><td>ref<br>ref</td>"): each line is an entry', () => {
    const rows = years.map(
      (y) =>
        `<tr><td>${y}</td><td>${ofYear(y)
          .map(([, a, b]) => `${a} ${b}`)
          .join('<br>\n')}</td></tr>`,
    );
    const entries = read(`<h1>Publications</h1><table>${rows.join('\n')}</table>`);
    expect(entries.map((e) => e.title)).toEqual(titles);
    expect(entries.map((e) => e.year)).toEqual([2026, 2026, 2025, 2025, 2024, 2024]);
    expect(entries[3]!.authors.slice(0, 3)).toEqual(['E Ernst', 'B Abramson', 'K Acosta']);
  });

  it('references wrapped onto a second line, a blank line between them: each reference is one entry', () => {
    const rows = years.map(
      (y) =>
        `<tr><td>${y}</td><td>${ofYear(y)
          .map(([, a, b]) => `${a}<br>\n${b}`)
          .join('<br><br>\n')}</td></tr>`,
    );
    const entries = read(`<h1>Publications</h1><table>${rows.join('\n')}</table>`);
    expect(entries.map((e) => e.title)).toEqual(titles);
    expect(entries.map((e) => e.venue)).toEqual([
      'Plant Direct',
      'PLOS ONE',
      'Scientific Reports',
      'Current Biology',
      'Journal of Food Composition and Analysis',
      'New Phytologist',
    ]);
  });

  it('a bold year line opening each paragraph of that year’s references', () => {
    const paragraphs = years.map(
      (y) =>
        `<p><b>${y}</b><br>${ofYear(y)
          .map(([, a, b]) => `${a} ${b}`)
          .join('<br>\n')}</p>`,
    );
    expect(read(`<h1>Publications</h1>${paragraphs.join('\n')}`).map((e) => e.title)).toEqual(titles);
  });
});

describe('generic: a list item that holds the list items after it (an unclosed <li> before a nested <ul>, mmab)', () => {
  it('reads each reference once', () => {
    const item = (names: string, title: string, venue: string) =>
      `<li>${names}. <a href="../pubs/x.pdf">${title}</a>. <em>${venue}</em></li>`;
    const html = `<h1 id="2016">2016</h1>
<ul>
<li>AS Quigg, U Passow, W-C Chin, C Xu, S Doyle, L Bretherton. <a href="../pubs/quigg-2017-lol210030.pdf">The role of microbial exopolymers in determining the fate of oil and chemical dispersants in the ocean</a>. <em>Limnology &amp; Oceanography Letters</em>, <strong>1</strong>:3-26. <a href="http://dx.doi.org/10.1002/lol2.10030">10.1002/lol2.10030</a>
<ul>
${item('AD Barton, AJ Irwin, ZV Finkel, CA Stock', 'Anthropogenic climate change drives shift and shuffle in North Atlantic phytoplankton communities', 'Proc. Nat. Acad. Sci. USA</em> <strong>113</strong>: 2964-2969, 2016.<em>')}
${item('CM Mutshinda, ZV Finkel, CE Widdicombe, AJ Irwin', 'Ecological equivalence of species within phytoplankton functional groups', 'Functional Ecology</em>. <strong>30</strong>: 1714-1722, 2016.<em>')}
${item('ZV Finkel, MJ Follows, J Liefer, CM Brown, I Benner, AJ Irwin', 'Phylogenetic Diversity in the Macromolecular Composition of Microalgae', 'PLoS ONE</em>. <strong>11</strong>(5): e0155977, 2016.<em>')}
</ul></li>
</ul>`;
    const titlesRead = read(html).map((e) => e.title);
    expect(titlesRead.filter((t) => t.startsWith('Anthropogenic climate change'))).toHaveLength(1);
    expect(titlesRead.filter((t) => t.startsWith('Ecological equivalence'))).toHaveLength(1);
  });
});
