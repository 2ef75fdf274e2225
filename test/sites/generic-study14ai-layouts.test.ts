import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout45 pages (study14ai), on entries as those pages write them. */
function read(html: string, url = 'https://owner.example.org/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

describe('a label paragraph over a list of press links, between the papers of a year (laughner)', () => {
  const html = page(
    '<h3>2019</h3>' +
      '<p><strong>Laughner, J. L.</strong>, and R. C. Cohen, Direct observation of changing NO<sub>x</sub> lifetime in North American cities, <i>Science</i>, <i>366</i>, 723&mdash;727, <a href="https://doi.org/10.1126/science.aax6832">doi:10.1126/science.aax6832</a>, 2019.</p>' +
      '<p><b>Coverage in the media:</b></p>' +
      '<ul><li><a href="https://www.latimes.com/environment/story/2019-11-15/nox">LA Times: New satellite measurements show how polluted Los Angeles\' air really is</a></li>' +
      '<li><a href="https://phys.org/news/2019-11-satellite.html">Phys.org: Satellite observations measure nitrogen oxide lifetimes above multiple North American cities</a></li></ul>' +
      '<p><strong>Laughner, J. L.</strong>, Q. Zhu, and R. Cohen, Evaluation of version 3.0B of the BEHR OMI NO<sub>2</sub> product, <i>Atmos. Meas. Tech.</i>, <i>12</i>, 129&mdash;146, <a href="https://doi.org/10.5194/amt-12-129-2019">doi:10.5194/amt-12-129-2019</a>, 2019.</p>' +
      '<h3>2018</h3>' +
      '<p>Lapierre, J., <strong>J. Laughner </strong>, J. Geddes, W. Koshack, R. Cohen, and S. Pusede, Observing regional variability in lightning NO<sub>x</sub> production rates, <i>J. Geophys. Res. Atmos.</i>, <i>submitted</i>, 2018.</p>' +
      '<p><strong>Laughner, J. L.</strong>, Q. Zhu, and R. C. Cohen, The Berkeley High Resolution Tropospheric NO<sub>2</sub> Product, <i>Earth System Science Data</i>, <i>10</i>, 2069&mdash;2095, <a href="https://doi.org/10.5194/essd-10-2069-2018">doi:10.5194/essd-10-2069-2018</a>, 2018.</p>',
  );
  it("the label heads its list alone: the papers after the list, and the next year's, are read", () => {
    const entries = read(html);
    expect(entries.map((e) => e.title)).toEqual([
      'Direct observation of changing NOx lifetime in North American cities',
      'Evaluation of version 3.0B of the BEHR OMI NO2 product',
      'Observing regional variability in lightning NOx production rates',
      'The Berkeley High Resolution Tropospheric NO2 Product',
    ]);
    expect(entries[1]!.authors).toEqual(['J. L. Laughner', 'Q. Zhu', 'R. Cohen']);
  });
});

describe('"<b>Title</b><br>Names, Journal vol, article" under a year heading, no year in the entry (demery)', () => {
  const entry = (title: string, names: string, venue: string) =>
    `<p><b>${title}</b><br>${names}, <i>${venue.split(/ \d/)[0]}</i> ${venue.slice(venue.split(/ \d/)[0]!.length + 1)}. <a href="pdf/x.pdf">[pdf]</a> <a href="bib/x.bib">[bibtex]</a></p>`;
  const html = page(
    '<h1>Refereed articles</h1><h2>2024</h2>' +
      entry(
        'Soft jamming of viral particles in nanopores',
        'L. Chazot-Franguiadakis, J. Eid, G. Delecourt, P. J. Kolbeck, S. Brugère, B. Molcrette, M. Socol, M. Mougel, A. Salvetti, V. Démery, J.-C. Lacroix, V. Bennevault, P. Guégan, M. Castelnovo and F. Montel',
        'Nat. Comm. 15:6180',
      ) +
      entry('Noise-Induced Collective Actuation in Active Solids', 'P. Baconnier, V. Démery and O. Dauchot', 'Phys. Rev. E 109, 024606') +
      '<h2>2021</h2>' +
      entry(
        'Rucks and folds: delamination from a flat rigid substrate under uniaxial compression',
        'B. Davidovitch and V. Démery',
        'Eur. Phys. J. E 44, 11',
      ) +
      entry(
        'Mean-field microrheology of a very soft colloidal suspension: inertia induces shear-thickening',
        'V. Démery',
        'Phys. Rev. E 91, 062301',
      ),
  );
  it('the journal after the names is the venue, not one more author; the heading dates the entry', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.authors.at(-1), e.venue, e.year])).toEqual([
      ['F. Montel', 'Nat. Comm.', 2024],
      ['O. Dauchot', 'Phys. Rev. E', 2024],
      ['V. Démery', 'Eur. Phys. J. E', 2021],
      ['V. Démery', 'Phys. Rev. E', 2021],
    ]);
    expect(entries[0]!.authors).toHaveLength(15);
  });
});

describe('"<strong>Title.</strong> (2022)<br>Names, Proc. SPIE …" and "Master thesis: <strong>Title</strong> (2021)" (birbacher)', () => {
  const html = page(
    '<h2>Conference proceedings</h2><ul>' +
      '<li><p><strong>A sub-nanometer long-term stable heterodyne laser metrology system for the Nulling Interferometry Cryogenic Experiment.</strong> (2022)<br />' +
      '<strong>Thomas Birbacher</strong>, Adrian M. Glauser, Mohanakrishna Ranganathan, and Sascha P. Quanz, Proc. SPIE 12183, Optical and Infrared Interferometry and Imaging VIII, 121831A.<br />' +
      '<a href="https://www.spiedigitallibrary.org/conference-proceedings-of-spie/12183/121831A">SPIE</a> · <a href="https://doi.org/10.1117/12.2631654">doi</a></p></li>' +
      '<li><p><strong>The Nulling Interferometry Cryogenic Experiment: I</strong> (2022)<br />' +
      'Mohanakrishna Ranganathan, Adrian M. Glauser, <strong>Thomas Birbacher</strong>, Adrian A. Gheorghe, and Sascha P. Quanz, Proc. SPIE 12183, Optical and Infrared Interferometry and Imaging VIII, 121830L.<br />' +
      '<a href="https://www.spiedigitallibrary.org/conference-proceedings-of-spie/12183/121830L">SPIE</a> · <a href="https://doi.org/10.1117/12.2629514">doi</a></p></li>' +
      '</ul><h2>Theses</h2><ul>' +
      '<li><p>Master thesis: <strong>A heterodyne laser distance metrology for NICE</strong> (2021)<br /><a href="pdfs/2021-metrology-master-thesis.pdf">pdf</a></p></li>' +
      '<li><p>Semester project: <strong>How good does LIFE have to measure to distinguish Earth-twins at different ages?</strong> (2020)<br /><a href="pdfs/2020-life-measure-earth.pdf">pdf</a></p></li>' +
      '<li><p>Semester project: <strong>An algorithm for exoplanet search with the HPP telescope</strong> (2019)<br /><a href="pdfs/2019-hpp-exoplanet.pdf">pdf</a></p></li>' +
      '</ul>',
  );
  it('the year after the title dates the names line under it; the kind of work before a title names no one', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.title, e.authors.length, e.year])).toEqual([
      ['A sub-nanometer long-term stable heterodyne laser metrology system for the Nulling Interferometry Cryogenic Experiment', 4, 2022],
      ['The Nulling Interferometry Cryogenic Experiment: I', 5, 2022],
      ['A heterodyne laser distance metrology for NICE', 0, 2021],
      ['How good does LIFE have to measure to distinguish Earth-twins at different ages?', 0, 2020],
      ['An algorithm for exoplanet search with the HPP telescope', 0, 2019],
    ]);
    expect(entries[0]!.ids.doi).toBe('10.1117/12.2631654');
  });
});

describe('"<p><strong>2023</strong></p>" year lines between the references of a Sphinx page (oceaneddycpt)', () => {
  const ref = (names: string, doi: string, title: string, after: string) =>
    `<p>${names} <a class="reference external" href="https://doi.org/${doi}">${title}</a>${after} doi: ${doi}.</p>`;
  const html = page(
    '<section id="publications"><h1>Publications</h1><section id="published"><h2>Published</h2>' +
      '<p><strong>2024</strong></p>' +
      ref(
        'Robey, R., &amp; Grooms, I.',
        '10.1137/24M1648181',
        'Continuous and Discrete Baroclinic Modes in Continuously Varying Stratification',
        '. <em>SIAM Journal on Applied Mathematics</em>, 84(6), 2502–2521.',
      ) +
      ref(
        'Jansen, M. F., Adcroft, A., Griffies, S. M., &amp; Grooms, I.',
        '10.1029/2024MS004506',
        'The averaged hydrostatic Boussinesq ocean equations in generalized vertical coordinates',
        '. <em>Journal of Advances in Modeling Earth Systems</em>, 16(12), e2024MS004506.',
      ) +
      '<p><strong>2023</strong></p>' +
      ref(
        'Chang, C. Y., Adcroft, A., Zanna, L., Hallberg, R., &amp; Griffies, S. M.',
        '10.1029/2023GL105757',
        'Remote versus local impacts of energy backscatter on the North Atlantic SST biases in a global ocean model',
        '. <em>Geophysical Research Letters</em>, 50(21), e2023GL105757.',
      ) +
      ref(
        'Cao, H., Fox-Kemper, B., Jing, Z., Song, X., and Liu, Y.',
        '10.1175/JPO-D-22-0134.1',
        'Towards the upper-ocean unbalanced submesoscale motions in the Oleander observations',
        ', <em>Journal of Physical Oceanography</em> 53, 1123–1138.',
      ) +
      ref(
        'Seo, H., O’Neill, L.W., Bourassa, M.A., Czaja, A., and Wang, Q.',
        '10.1175/JCLI-D-21-0982.1',
        'Ocean mesoscale and frontal-scale ocean-atmosphere interactions and influence on large-scale climate: A review',
        ', <em>Journal of Climate</em>.',
      ) +
      ref(
        'Grooms, I.',
        '10.1016/j.ocemod.2023.102265',
        'Backscatter in energetically-constrained Leith parameterizations',
        '. <em>Ocean Modelling</em>, 186, 102265.',
      ) +
      '</section></section>',
  );
  it('a bold year alone in its paragraph dates the references after it; the linked titles stop before the venue', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.title, e.year])).toEqual([
      ['Continuous and Discrete Baroclinic Modes in Continuously Varying Stratification', 2024],
      ['The averaged hydrostatic Boussinesq ocean equations in generalized vertical coordinates', 2024],
      ['Remote versus local impacts of energy backscatter on the North Atlantic SST biases in a global ocean model', 2023],
      ['Towards the upper-ocean unbalanced submesoscale motions in the Oleander observations', 2023],
      ['Ocean mesoscale and frontal-scale ocean-atmosphere interactions and influence on large-scale climate: A review', 2023],
      ['Backscatter in energetically-constrained Leith parameterizations', 2023],
    ]);
  });
});

describe('kind sections, each a heading over its <ul>, some of one or two items (iadl)', () => {
  const section = (kind: string, cls: string, items: string[]) =>
    `<section class="block fade-up delay-3"><h3>${kind}</h3><ul class="${cls}">${items.map((i) => `<li> ${i}</li>`).join('')}</ul></section>`;
  const html =
    '<html><head><title>Publication</title></head><body><main><section><h2>Publications</h2></section></main>' +
    section('Journal', 'reverse-boxed-list', [
      'Yunseok Kang and Jaeyoung Song, “Low-Similarity Client Sampling for Decentralized Federated Learning,” in IEEE Access, vol. 13, pp. 170225-170234, 2025',
      'Jaeyoung Song and Sang-Woon Jeon, “Optimal Batch Allocation for Wireless Federated Learning,” in IEEE Internet of Things Journal, vol. 12, no. 8, pp. 11166-11181, Apr. 2025.',
      'Jaeyoung Song and Wan Choi, “Minimum cache size and backhaul capacity for cache-enabled small cell networks,” in IEEE Wireless Communications Letters, vol. 7, no. 4, pp. 490-493, Aug. 2018',
    ]) +
    section('Conference', 'reverse-boxed-conf-list', [
      'Jaeyoung Song and Marios Kountouris, "Optimal Number of Edge Devices in Distributed Learning Over Wireless Channels," 2020 IEEE 21st International Workshop on Signal Processing Advances in Wireless Communications (SPAWC), Atlanta, GA, USA, 2020, pp. 1-5.',
      'Jaeyounng Song and Wan Choi, "Exploiting Mobility to Content Placement in D2D Caching Systems," 2019 IEEE 20th International Workshop on Signal Processing Advances in Wireless Communications (SPAWC), Cannes, France, 2019, pp. 1-5.',
      'Jaeyoung Song, Hojin Song, and Wan Choi, "Optimal caching placement of caching system with helpers," 2015 IEEE International Conference on Communications (ICC), London, UK, 2015, pp. 1825-1830.',
    ]) +
    section('Book Chapter', 'reverse-boxed-book-list', [
      'Jaeyoung Song, and Wan Choi, “Wireless content caching networks,” invited chapter in Wiley 5G Ref., Dec. 2019, doi.org/10.1002/9781119471509.w5GRef093',
    ]) +
    section('Standard Documents', 'reverse-boxed-doc-list', [
      'Jaeyoung Song, Young-bin Kim, and Wan Choi, “Considerations on 11ax Auto-detection Methods,” IEEE 802.11 Interim session, IEEE 802.11- 14/0081r1, Atlanta, Jan. 2015',
      'Young-bin Kim, Jaeyoung Song, and Wan Choi, “Considerations on 11ax OFDMA Frequency Granularity,” IEEE 802.11 Interim session, IEEE 802.11-14/0082r1, Atlanta, Jan. 2015',
    ]) +
    '</body></html>';
  it('no section is read as one entry whose names are its heading', () => {
    const entries = read(html);
    expect(entries.filter((e) => ['Book Chapter', 'Standard Documents'].includes(e.authors.join(', ')))).toEqual([]);
    expect(entries.slice(0, 6).every((e) => e.authors.includes('Jaeyoung Song') || e.authors.includes('Jaeyounng Song'))).toBe(true);
  });
});
