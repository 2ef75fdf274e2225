import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of dev pages from documentation and export generators (study14bf), from real entries. */
function read(html: string, url = 'https://lab.example.org/pubs.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('a Sphinx documentation page of a code: "Citing …", papers, then "Seminars & Workshops" (combustiontoolbox, Furo)', () => {
  const apa = (names: string, year: number, rest: string) => `<li><p>${names} (${year}). ${rest}</p></li>`;
  const html = `<html><head><title>Publications</title></head><body><article>
    <h1>Publications</h1>
    <section id="citing"><h2>Citing Combustion Toolbox</h2>
      <p>If you use the Combustion Toolbox in a publication, please cite it using the following references:</p>
      <ul class="simple">
        ${apa('Cuadra, A., Huete, C., &amp; Vera, M.', 2026, 'Combustion Toolbox: An open-source thermochemical code for gas-and condensed-phase problems involving chemical equilibrium. Computer Physics Communications 320, 110004. <a href="https://doi.org/10.1016/j.cpc.2025.110004">doi:10.1016/j.cpc.2025.110004</a>.')}
        ${apa('Cuadra, A., Huete, C., &amp; Vera, M.', 2026, 'Combustion Toolbox: A MATLAB-GUI based open-source tool for solving gaseous combustion problems. Version 1.2.9. Zenodo. <a href="https://doi.org/10.5281/zenodo.5554911">doi:10.5281/zenodo.5554911</a>.')}
      </ul></section>
    <section id="journal-articles"><h3>Journal articles</h3><ul class="simple">
      ${apa('Qin, Q., Yang, Y., Liu, Y., &amp; Li, J.', 2025, 'Controlling the initiation of oblique detonation waves using a moving forward-facing step. International Communications in Heat and Mass Transfer, 169, 109604.')}
      ${apa('Dahake, A., Singh, R. K., &amp; Singh, A. V.', 2023, 'Dual behavior of hydrogen peroxide in gaseous detonations. Shock Waves, 33(5), 401-414.')}
      ${apa('Cuadra, A., Huete, C., &amp; Vera, M.', 2020, 'Effect of equivalence ratio fluctuations on planar detonation discontinuities. Journal of Fluid Mechanics, 903, A30.')}
    </ul></section>
    <section id="seminars-workshops"><h3>Seminars &amp; Workshops</h3><ul class="simple">
      ${apa('Cuadra, A., Williams, C. T., Di Renzo, M., Vera, M., &amp; Huete, C.', 2024, 'Exploring hypersonic shock-turbulence interaction and advances in the Combustion Toolbox code. UC3M Fluid Mechanics Seminars - Fall 2024, Madrid, Spain.')}
      ${apa('Cuadra, A., Williams, C. T., Di Renzo, M., Vera, M., &amp; Huete, C.', 2023, 'Direct numerical simulations and linear analysis for hypersonic shock-turbulence interaction in air. In 4th Spanish HPC Combustion Workshop, Barcelona, Spain.')}
      ${apa('Cuadra, A., Huete, C., &amp; Vera, M.', 2023, 'Linear analysis on shock-turbulence interaction implemented with the Combustion Toolbox. Seminar presented during the research-stay with Prof. M. Di Renzo, Lecce, Italy')}
    </ul></section>
  </article></body></html>`;

  it('reads the papers, not the reference to cite nor the seminars', () => {
    expect(read(html).map((e) => e.title)).toEqual([
      'Controlling the initiation of oblique detonation waves using a moving forward-facing step',
      'Dual behavior of hydrogen peroxide in gaseous detonations',
      'Effect of equivalence ratio fluctuations on planar detonation discontinuities',
    ]);
  });
});

describe('a list of talks under a heading that names conferences (denes, a Zensical page)', () => {
  const talk = (meeting: string, place: string, title: string, date: string) =>
    `<li><p><strong>${meeting}</strong>, ${place}, <em>${title}</em>, <strong>${date}</strong></p></li>`;
  const html = `<html><head><title>Publications</title></head><body><article>
    <h2>Conferences and Workshops (Selected)</h2><ul>
      ${talk('Euromech Colloquium 639 - Microplastic Dispersion Pathways', 'Utrecht, the Netherlands', 'PlasticParcels - a ready-to-use tool for plastic dispersion simulations and parameterization development', 'May 2025')}
      ${talk('UU-NIOZ Early Career Scientist Symposium 2023', 'Utrecht, the Netherlands', 'The past (coherent structures) and the future (modelling plastic)', 'October 2023')}
      ${talk('58th Australian and New Zealand Industrial and Applied Mathematics (ANZIAM) Annual Conference', 'Cairns, Australia', 'Persistence and coherence of an Agulhas ring', 'February 2023')}
      ${talk('Sydney Dynamics Group workshop: Dynamical Systems - Theory and Application', 'Sydney, Australia', 'Coherent ocean eddies', 'November 2021')}
    </ul>
  </article></body></html>`;

  it('reads no entry: the marks that open the entries name meetings', () => {
    expect(read(html)).toEqual([]);
  });
});
