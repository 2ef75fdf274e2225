import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of dev pages that lost part of their list (study14bc), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/papers/') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const card = (n: number, title: string, names: string) => `
  <div class="col-md-4 col-xs-12 paperbox"><div class="media equalCard"><div class="media-body">
    <h2 class="media-heading">${n}. <a class="off" href="/papers/p${n}/">${title}</a></h2>
    <span class="smallnote">${names}</span>
  </div></div></div>`;

describe('rows of cards under year rows of their own (canepa, a Bootstrap lab template)', () => {
  const yearRow = (year: number) =>
    `<div class="row"><div class="col-md-12"><hr style="height:2px" /><h3 class="page-title">${year}</h3></div></div>`;
  const html = `<html><head><title>Papers</title></head><body><div class="container main">
    ${yearRow(2023)}
    <div class="row">
      ${card(79, 'Modeling the Effects of Salt Concentration on Aqueous and Organic Electrolytes', 'van der Lubbe S. et al., ChemRxiv')}
      ${card(78, 'Strategies for Fitting Accurate Machine Learned Inter-atomic Potentials for Solid Electrolytes', 'Wang J. et al., Mater. Futures')}
    </div>
    ${yearRow(2022)}
    <div class="row">
      ${card(69, 'ACS In Focus: Machine Learning in Materials Science', 'Butler K. T. et al.,')}
      ${card(57, 'Favorable Interfacial Chemomechanics Enables Stable Cycling of High Li- Content Li-In/Sn Anodes in Sulfide Electrolyte Based Solid-State Batteries', 'C. Hänsel et al., Chem. Mater.')}
      ${card(56, 'Superionic Conduction in the Plastic Crystal Polymorph of Na4P2S6', 'Scholz E. et al., ACS Energy Lett.')}
    </div>
  </div></body></html>`;

  it('dates each card by the year row before its row and reads its title, first name and journal', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.title, e.year])).toEqual([
      ['Modeling the Effects of Salt Concentration on Aqueous and Organic Electrolytes', 2023],
      ['Strategies for Fitting Accurate Machine Learned Inter-atomic Potentials for Solid Electrolytes', 2023],
      ['ACS In Focus: Machine Learning in Materials Science', 2022],
      [
        'Favorable Interfacial Chemomechanics Enables Stable Cycling of High Li- Content Li-In/Sn Anodes in Sulfide Electrolyte Based Solid-State Batteries',
        2022,
      ],
      ['Superionic Conduction in the Plastic Crystal Polymorph of Na4P2S6', 2022],
    ]);
    expect(entries[4]!.venue).toBe('ACS Energy Lett.');
  });
});
