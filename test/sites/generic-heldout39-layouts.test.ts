import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout39 pages (physical sciences and mathematics): an astronomer's
 * cards with the title in a paragraph of its own over "Names<br><span>2024, MNRAS 528 2046</span> arXiv:…" (kaiwang), and
 * a set theorist's list naming only coauthors, "(with A and B) <B>Title</B> <em>Journal</em> <B>vol</B>, year", whose
 * papers written alone name no one and put no comma between the bold title and the italic journal (moore), and a
 * physicist's arXiv-linked titles over APS-style "G. Jung, M. Ozawa, E. Bertin, Phys. Rev. Lett. 134, 248302 (2025)" (gjung).
 */
function read(html: string, url = 'https://owner.example.org/publications/') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

describe('cards with the title over a names and journal block, the journal line "2024, MNRAS 528 2046 arXiv:…"', () => {
  const card = (title: string, names: string, journal: string, arxiv: string) =>
    `<li><p class="publication">${title}</p><div class="author">${names}<br /><span class="journal">${journal}</span>` +
    ` <a href="https://arxiv.org/abs/${arxiv}">arXiv:${arxiv}</a></div></li>`;
  const html = page(
    `<h1>First and Corresponding author Papers:</h1><ol>` +
      card(
        "An EAGLE's view of the galaxy size evolution across cosmic time",
        '<span class="strong">Kai Wang<sup>†</sup></span>, Tom Theuns',
        'to be submitted',
        '2510.xxxxx',
      ) +
      card(
        'Dissecting the mass quenching in TNG50: Galaxy size determines the quenching mode',
        '<span>Haochen Jiang, Enci Wang<sup>†</sup>, <span class="strong">Kai Wang<sup>†</sup></span>, Chengyu Ma, Xu Kong<sup>†</sup></span>',
        '2025, ApJ accepted',
        '2510.24886',
      ) +
      card(
        'Testing galaxy formation models with the stellar mass-halo mass relations for star-forming and quiescent galaxies',
        '<span class="strong">Kai Wang<sup>†</sup></span>, Yingjie Peng',
        '2024, ApJ 980 233',
        '2408.07743',
      ) +
      card(
        'Characterizing the assembly of dark matter halos with protohalo size histories: I. Redshift evolution',
        '<span class="strong">Kai Wang<sup>†</sup></span>, H.J. Mo, Yangyao Chen',
        '2024, MNRAS 528 2046',
        '2309.01039',
      ) +
      card(
        'Thermal gravitational-wave background in the general pre-inflationary scenario',
        '<span class="strong">Kai Wang</span>, Larissa Santo, Jun-Qing Xia, Wen Zhao',
        '2017, JCAP 01 053',
        '1608.04189',
      ) +
      `</ol>`,
  );

  it('reads the cards with their titles, not the journal lines for titles', () => {
    expect(read(html, 'https://kaiwang.example.org/publication/').map((e) => [e.title, e.authors[0]])).toEqual([
      ["An EAGLE's view of the galaxy size evolution across cosmic time", 'Kai Wang'],
      ['Dissecting the mass quenching in TNG50: Galaxy size determines the quenching mode', 'Haochen Jiang'],
      ['Testing galaxy formation models with the stellar mass-halo mass relations for star-forming and quiescent galaxies', 'Kai Wang'],
      ['Characterizing the assembly of dark matter halos with protohalo size histories: I. Redshift evolution', 'Kai Wang'],
      ['Thermal gravitational-wave background in the general pre-inflationary scenario', 'Kai Wang'],
    ]);
  });
});

describe('a coauthors-only list, "(with A and B) <B>Title</B> <em>Journal</em> <B>vol</B>, year, pages"', () => {
  const html = page(
    `<hr><ol>` +
      `<li>(with T. Benhamou and L. Serafin) <B> Ultrafilters over uncountable cardinals and the Tukey order</B>` +
      ` <em> Fund. Math. </em> <B>272</B>, 2026, n3, 271&ndash;305. <br> <a href="https://arxiv.org/abs/2507.22307"> arXiv version</a></li>` +
      `<li> <B>  The method of forcing</B> <em>  Topology Appl.</em> <B>379</B>, 2026, paper no. 109500, 30pp.` +
      ` Electronic offprints are available upon request. </li>` +
      `<li> (with N. Bannister, J. Bergfalk, and S. Todorcevic) <B> A descriptive approach to higher derived limits</B>` +
      ` <em> J. Eur. Math. Soc.  </em> <B>27</B>, 2025, n12, 4997&ndash;5042. <br> <a href="https://arxiv.org/abs/2203.00165"> arXiv version</a></li>` +
      `<li> (with J. Cummings and T. Eisworth) <B> On minimal non-scattered linear orders</B>` +
      ` <em> Adv. Math.</em> <B>441</B>, 2024, paper no. 109540, 36pp. <br> <a href="https://arxiv.org/abs/2304.03389"> arXiv version</a></li>` +
      `<li> <B>  Rank-to-rank embeddings, Laver tables, and Galton-Watson processes</B>` +
      ` <em>  Topology Appl.</em> <B>323</B>, 2023, paper no. 108292, 8pp. Electronic offprints are available upon request. </li>` +
      `<li> <B>Nonexistence of idempotent means on free binary systems</B> <em> Canadian Mathematical Bulletin</em> <B>62</B>, 2019, n3, 577&ndash;581.</li>` +
      `</ol>`,
  );

  it("reads the owner's papers alone with no names, the title ending where the italic journal begins", () => {
    expect(read(html, 'https://moore.example.org/~owner/').map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Ultrafilters over uncountable cardinals and the Tukey order', ['T. Benhamou', 'L. Serafin'], 2026, 'Fund. Math.'],
      ['The method of forcing', [], 2026, 'Topology Appl.'],
      ['A descriptive approach to higher derived limits', ['N. Bannister', 'J. Bergfalk', 'S. Todorcevic'], 2025, 'J. Eur. Math. Soc.'],
      ['On minimal non-scattered linear orders', ['J. Cummings', 'T. Eisworth'], 2024, 'Adv. Math.'],
      ['Rank-to-rank embeddings, Laver tables, and Galton-Watson processes', [], 2023, 'Topology Appl.'],
      ['Nonexistence of idempotent means on free binary systems', [], 2019, 'Canadian Mathematical Bulletin'],
    ]);
  });
});

describe('linked titles over APS-style lines, "G. Jung, M. Ozawa, E. Bertin, Phys. Rev. Lett. 134, 248302 (2025)"', () => {
  const item = (arxiv: string, title: string, line: string) =>
    `<li><strong><a href="http://arxiv.org/abs/${arxiv}">${title}</a>\n<br/></strong> ${line}</li>\n` +
    `</li><a href="https://link.aps.org/doi/10.1103/x${arxiv}">https://link.aps.org/doi/10.1103/x${arxiv}</a></li><br><br>`;
  const html = page(
    `<h2>Publications</h2><ol reversed>` +
      item(
        '2501.03948',
        'Kinetic theory of decentralized learning for smart active matter',
        "G. Jung, M. Ozawa, E. Bertin, Phys. Rev. Lett. 134, 248302 (2025),  <strong>Editors' Suggestion </strong>",
      ) +
      item(
        '2504.20692',
        'Inhomogeneous diffusion in confined colloidal suspensions',
        'G. Jung, A. Villada-Balbuena, T. Franosch, Soft Matter 21, 4010 (2025)',
      ) +
      item(
        '2310.20252',
        'Dynamic heterogeneity at the experimental glass transition predicted by transferable machine learning',
        'G. Jung, G. Biroli, L. Berthier, Phys. Rev. B 109, 064205 (2024)',
      ) +
      item(
        '2307.08143',
        'Dynamic coarse-graining of linear and non-linear systems: Mori–Zwanzig formalism and beyond',
        'B. Jung, G. Jung, J. Chem. Phys. 159, 084110 (2023)',
      ) +
      `</ol>`,
  );

  it('reads the names up to the journal, not its first abbreviation for a name', () => {
    expect(read(html, 'https://gjung.example.org/publications/').map((e) => [e.title, e.authors])).toEqual([
      ['Kinetic theory of decentralized learning for smart active matter', ['G. Jung', 'M. Ozawa', 'E. Bertin']],
      ['Inhomogeneous diffusion in confined colloidal suspensions', ['G. Jung', 'A. Villada-Balbuena', 'T. Franosch']],
      [
        'Dynamic heterogeneity at the experimental glass transition predicted by transferable machine learning',
        ['G. Jung', 'G. Biroli', 'L. Berthier'],
      ],
      ['Dynamic coarse-graining of linear and non-linear systems: Mori–Zwanzig formalism and beyond', ['B. Jung', 'G. Jung']],
    ]);
  });
});
