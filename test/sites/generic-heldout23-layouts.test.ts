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
