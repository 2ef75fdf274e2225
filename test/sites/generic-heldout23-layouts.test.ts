import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout23 pages. Snippets from the real pages, cut down, plus variants;
 * expected fields read off the markup by eye.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('generic: cards of a linked title heading and a "Venue, date" line, no names (huanglab)', () => {
  const card = (doi: string, title: string, line: string) => `<li class="person__news--item">
    <h3>
      <a href="https://doi.org/${doi}">${title}</a>
    </h3>
    <h4>${line}</h4>
  </li>`;
  const list = `<ul class="person__news">
${card('10.1172/jci.insight.173832', 'Macrophage-enriched\n      Sectm1a promotes efficient efferocytosis to attenuate\n      ischemia/reperfusion-induced cardiac injury', 'JCI Insight, 2024 Mar 8')}
${card('10.1053/j.gastro.2023.09.021', 'BRD9-SMAD2/3 Orchestrates Stemness and Tumorigenesis in Pancreatic Ductal Adenocarcinoma', 'Gastroenterology, 2024 Jan')}
${card('10.3390/genes12060856', 'Subcellular Localization of miRNAs and Implications in Cellular Homeostasis', 'Genes (Basel), 2021 Jun 2')}
${card('10.1155/2015/1', 'A further paper with a venue and a bare year in its line', 'Stem Cells Int, 2015')}
</ul>`;
  const page = (heading: string) =>
    `<html><head><title>${heading} – Lab</title></head><body><div class="page-heading"><h1>${heading}</h1></div>${list}</body></html>`;

  it('on a publications page each card is a paper: the heading its title, the line its venue and year, the link its DOI', () => {
    expect(
      read(page('Publications'), 'https://www.huangwelab.com/publication/').map((e) => [e.title, e.authors, e.year, e.venue, e.ids.doi]),
    ).toEqual([
      [
        'Macrophage-enriched Sectm1a promotes efficient efferocytosis to attenuate ischemia/reperfusion-induced cardiac injury',
        [],
        2024,
        'JCI Insight',
        '10.1172/jci.insight.173832',
      ],
      [
        'BRD9-SMAD2/3 Orchestrates Stemness and Tumorigenesis in Pancreatic Ductal Adenocarcinoma',
        [],
        2024,
        'Gastroenterology',
        '10.1053/j.gastro.2023.09.021',
      ],
      ['Subcellular Localization of miRNAs and Implications in Cellular Homeostasis', [], 2021, 'Genes (Basel)', '10.3390/genes12060856'],
      ['A further paper with a venue and a bare year in its line', [], 2015, 'Stem Cells Int', '10.1155/2015/1'],
    ]);
  });

  it('a selection of the list alone (a page with no title or heading) reads the same cards', () => {
    const entries = read(`<html><head></head><body>${list}</body></html>`, 'https://www.huangwelab.com/publication/');
    expect(entries.map((e) => [e.title.slice(0, 20), e.authors, e.year, e.venue])).toEqual([
      ['Macrophage-enriched ', [], 2024, 'JCI Insight'],
      ['BRD9-SMAD2/3 Orchest', [], 2024, 'Gastroenterology'],
      ['Subcellular Localiza', [], 2021, 'Genes (Basel)'],
      ['A further paper with', [], 2015, 'Stem Cells Int'],
    ]);
  });

  it('a variant: <div> cards with a title class, "Venue · Month Year" and "Venue (Year)" lines', () => {
    const card = (title: string, line: string) =>
      `<div class="pub"><div class="pub-title"><a href="/papers/x.html">${title}</a></div><div class="pub-meta">${line}</div></div>`;
    const html = `<html><head><title>Papers</title></head><body><main><div class="pubs">
${card('Mapping coral reef recovery after repeated marine heatwaves', 'Global Change Biology · March 2021')}
${card('Seasonal dynamics of phytoplankton blooms in a temperate estuary', 'Limnology and Oceanography (2019)')}
${card('Long-term monitoring of seagrass meadows with drones', 'Remote Sensing in Ecology and Conservation · 2018')}
</div></main></body></html>`;
    expect(read(html, 'https://example.org/papers/').map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Mapping coral reef recovery after repeated marine heatwaves', [], 2021, 'Global Change Biology'],
      ['Seasonal dynamics of phytoplankton blooms in a temperate estuary', [], 2019, 'Limnology and Oceanography'],
      ['Long-term monitoring of seagrass meadows with drones', [], 2018, 'Remote Sensing in Ecology and Conservation'],
    ]);
  });

  it('a news list of the same shape ("Category, date" under its headings) is no list of papers', () => {
    expect(read(page('News'), 'https://www.huangwelab.com/news/')).toEqual([]);
  });
});

describe('generic: sections of <p>s, some holding two or three references split by <br><br> (baetge, R Markdown)', () => {
  const html = `<html><body><div id="publications" class="section level1"><h1>Publications</h1>
<div id="section" class="section level3"><h3>Recent</h3>
<p><strong>Baetge, N.</strong>, Halsey, K.H., Graff, J.R., Ver Wey, B.,
Behrenfeld, M.J. (2024) <a
href="https://doi.org/10.1002/lno.12493">Physiological and interspecific
factors determine diel changes in phytoplankton bio-optical
properties</a>. <em>Limnology and Oceanography</em>, (69)2, 390-407.</p>
</div>
<div id="section-2" class="section level3"><h3>Earlier</h3>
<p><strong>Baetge, N.</strong>, Bolaños, L., Della Penna, A., Gaube, P., Carlson,
C. (2022) <a
href="https://online.ucpress.edu/elementa/article/10/1/00078/190269">Bacterioplankton
Response to Physical Stratification following Deep Convection</a>.
<em>Elementa: Science of the Anthropocene.</em> 10(1), 00078.<br />
<br />
Comstock, J., Nelson, C., James, A., Wear, E., <strong>Baetge,
N.</strong>, Juknavorian, A., Carlson, C. (2022) <a
href="https://doi.org/10.1111/1462-2920.16092">Bacterioplankton
communities reveal horizontal and vertical influence of an Island Mass
Effect</a>. <em>Environmental Microbiology.</em> 24(9), 4193-4208.<br />
<br />
Lewis, S., Russel, L., Saliba, G., <strong>Baetge, N.</strong>, Behrenfeld, M. (2022) <a
href="https://pubs.acs.org/doi/10.1021/acsearthspacechem.2c00119">Characterization
of Sea Surface Microlayer and Marine Aerosol Organic Composition using
STXM-NEXAFS Microscopy and FTIR Spectroscopy</a>. <em>ACS Earth and
Space Chemistry.</em> 6(7), 1899-1913.</p>
</div>
<div id="section-3" class="section level3"><h3>Older</h3>
<p>Bolaños, L., Choi, C.J., Worden, A., <strong>Baetge, N.</strong>,
Carlson, C., Giovannoni, S. (2021) <a
href="https://doi.org/10.3389/fmars.2021.624164">Seasonality of the
microbial community composition in the western North Atlantic</a>.
<em>Frontiers in Marine Science</em>. 8, 624164.<br />
<br />
Vega, R., Tanaka, M., <strong>Baetge, N.</strong> (2021) <a
href="https://doi.org/10.1000/variant.2021.77">Viral lysis of picocyanobacteria in an oligotrophic gyre</a>.
<em>Aquatic Microbial Ecology</em>. 86, 1-14.</p>
<p>Ortega, L., <strong>Baetge, N.</strong>, Kim, S. (2020) <a href="https://doi.org/10.1000/var.a">Dissolved organic carbon export in a subtropical gyre</a>. <em>Marine Chemistry</em>. 4, 11-19.</p>
<p><strong>Baetge, N.</strong>, Ruiz, P. (2019) <a href="https://doi.org/10.1000/var.b">Bacterial growth efficiency across an upwelling front</a>. <em>Aquatic Microbial Ecology</em>. 4, 11-19.</p>
<p>Haddad, M., Lin, Y., <strong>Baetge, N.</strong> (2018) <a href="https://doi.org/10.1000/var.c">Phytoplankton exudates fuel heterotrophic bacteria in spring blooms</a>. <em>Limnology and Oceanography</em>. 4, 11-19.</p>
<p><strong>Baetge, N.</strong>, Olsen, K. (2017) <a href="https://doi.org/10.1000/var.d">Seasonal succession of bacterioplankton in a coastal inlet</a>. <em>Frontiers in Microbiology</em>. 4, 11-19.</p>
</div></div></body></html>`;

  it('each reference of a shared paragraph is an entry of its own, with its own link', () => {
    expect(read(html, 'https://nbaetge.github.io/publications.html').map((e) => [e.title, e.authors.length, e.year, e.ids.doi])).toEqual([
      [
        'Physiological and interspecific factors determine diel changes in phytoplankton bio-optical properties',
        5,
        2024,
        '10.1002/lno.12493',
      ],
      ['Bacterioplankton Response to Physical Stratification following Deep Convection', 5, 2022, undefined],
      [
        'Bacterioplankton communities reveal horizontal and vertical influence of an Island Mass Effect',
        7,
        2022,
        '10.1111/1462-2920.16092',
      ],
      [
        'Characterization of Sea Surface Microlayer and Marine Aerosol Organic Composition using STXM-NEXAFS Microscopy and FTIR Spectroscopy',
        5,
        2022,
        '10.1021/acsearthspacechem.2c00119',
      ],
      ['Seasonality of the microbial community composition in the western North Atlantic', 6, 2021, '10.3389/fmars.2021.624164'],
      ['Viral lysis of picocyanobacteria in an oligotrophic gyre', 3, 2021, '10.1000/variant.2021.77'],
      ['Dissolved organic carbon export in a subtropical gyre', 3, 2020, '10.1000/var.a'],
      ['Bacterial growth efficiency across an upwelling front', 2, 2019, '10.1000/var.b'],
      ['Phytoplankton exudates fuel heterotrophic bacteria in spring blooms', 3, 2018, '10.1000/var.c'],
      ['Seasonal succession of bacterioplankton in a coastal inlet', 2, 2017, '10.1000/var.d'],
    ]);
  });
});

describe('generic: a title run into its italic journal with a space, the volume and year after it (singh)', () => {
  const li = (text: string) => `<p><li><div align="justify">${text} (<a href="https://doi.org/10.1000/x"><img src="pdf.gif"></a>)</li></p>`;
  const html = `<html><body><h3>Publications:</h3><ul>
${li('D. Singh, D. Yadav, <strong>N. Singh</strong>, T. Roy, A. Barh. Soil carbon dynamics: a robust indicator for sustainable land use planning in Indian Himalayas <em>Discover Applied Sciences</em>, 7(4), 338 (2025).')}
${li('D. Singh, <strong>Singh N</strong>. Potential of nanotechnology in agriculture and food production. <em>Current Science</em>; 125(6): 600-601 (2023).')}
${li('A. Gusain, <strong>N. Singh</strong>. In vitro antioxidant analysis of Himalayan Spice Faran. <em>J. Mountain Res.,</em> 18: 157-166 (2023).')}
${li('P. Rawat, <strong>N. Singh</strong>. Leaf litter decomposition in oak forests of Garhwal <em>Tropical Ecology</em>, 61, 212 (2020).')}
</ul></body></html>`;

  it("the italic text is the venue and the year after it the paper's", () => {
    const entries = read(html, 'https://nishabiochemistry.github.io/Publications.htm');
    expect([entries[0], entries[3]].map((e) => [e?.title, e?.venue, e?.year])).toEqual([
      ['Soil carbon dynamics: a robust indicator for sustainable land use planning in Indian Himalayas', 'Discover Applied Sciences', 2025],
      ['Leaf litter decomposition in oak forests of Garhwal', 'Tropical Ecology', 2020],
    ]);
  });
});

describe('generic: a species name in italics closing a title is no venue (futia)', () => {
  const p = (text: string) => `<p class="hangingindent">${text}</p>`;
  const html = `<html><body><h2>Peer-reviewed</h2>
${p('8. <b>Futia, M.H.</b>, Lantry, B.F., Gorsky, D., and Rinchard, J. 2021. Comparisons among three diet analyses demonstrate multiple patterns in the estimated adult diet of a freshwater piscivore, <em>Salvelinus namaycush</em>. Ecological Indicators 127:107728.')}
${p('7. Marsden, J.E., Blanchfield, P.J., <b>Futia, M.H.</b>, and Cooke, S.J. 2021. Using untapped telemetry data to explore the winter biology of freshwater fish. Reviews in Fish Biology and Fisheries.')}
${p('6. Ladago, B.J., <b>Futia, M.H.</b>, and Marsden, J.E. 2020. Thiamine concentrations of eggs in two populations of lake whitefish, <em>Coregonus clupeaformis</em>. Journal of Great Lakes Research 46: 1340-1348.')}
</body></html>`;

  it('the title keeps the species', () => {
    expect(read(html, 'https://mfutia.github.io/pubs.html').map((e) => e.title)).toEqual([
      'Comparisons among three diet analyses demonstrate multiple patterns in the estimated adult diet of a freshwater piscivore, Salvelinus namaycush',
      'Using untapped telemetry data to explore the winter biology of freshwater fish',
      'Thiamine concentrations of eggs in two populations of lake whitefish, Coregonus clupeaformis',
    ]);
  });
});
