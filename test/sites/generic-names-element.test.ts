import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on entries whose names sit in an element of their own inside the title's line, with nothing but a
 * space between them (the loss tool's "parse failed, no names line"): "<span>Title <em>Names</em></span> <span>Journal</span>".
 */
function read(html: string, url = 'https://lab.example.org/pubblicazioni/') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Pubblicazioni</title></head><body><main>${body}</main></body></html>`;

describe('a year, a title with its names in an <em>, then the journal (dnambientale)', () => {
  const pub = (year: number, title: string, names: string, venue: string) =>
    `<div class="pub"><span class="yr">${year}</span> <span class="t">${title} <em>${names}</em></span> <span class="venue">${venue}</span></div>`;
  const html = page(
    `<h2>Pubblicazioni</h2><div class="pubs">` +
      pub(
        2026,
        'Soil microbial communities and carbon and nitrogen forms across snow-driven vegetation types in alpine tundra',
        'Benech, A. · Pintaldi, E. · Voyron, S. · Gruppuso, L.',
        'Frontiers in Microbiology',
      ) +
      pub(
        2024,
        'DNA barcoding reference libraries of Italian Plecoptera: a gap analysis',
        'Laini, A. · Fenoglio, S. · Bo, T.',
        'The European Zoological Journal',
      ) +
      pub(
        2023,
        'When nets meet environmental DNA metabarcoding: integrative approach to unveil invertebrate community patterns of hypersaline lakes',
        'Campbell, M. · Laini, A. · White, N.E. · Allentoft, M.E. · Saccò, M.',
        'Journal of Oceanology and Limnology',
      ) +
      `</div>`,
  );

  it('reads each entry with the names of its <em>, the journal after them and the year before the title', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'Soil microbial communities and carbon and nitrogen forms across snow-driven vegetation types in alpine tundra',
        ['A. Benech', 'E. Pintaldi', 'S. Voyron', 'L. Gruppuso'],
        2026,
        'Frontiers in Microbiology',
      ],
      [
        'DNA barcoding reference libraries of Italian Plecoptera: a gap analysis',
        ['A. Laini', 'S. Fenoglio', 'T. Bo'],
        2024,
        'The European Zoological Journal',
      ],
      [
        'When nets meet environmental DNA metabarcoding: integrative approach to unveil invertebrate community patterns of hypersaline lakes',
        ['M. Campbell', 'A. Laini', 'N.E. White', 'M.E. Allentoft', 'M. Saccò'],
        2023,
        'Journal of Oceanology and Limnology',
      ],
    ]);
  });

  it('a variant with commas between the names reads the same way', () => {
    const commas = html.replace(/ · /g, ', ');
    expect(read(commas).map((e) => e.authors.length)).toEqual([4, 3, 5]);
  });
});

describe("an owner's list with names, where some entries name no one and open with their title in <i> (bueler, whose other titles are italic by style)", () => {
  const html = page(
    `<h4>Preprints and Technical Reports</h4><ul>` +
      `<li>Ed Bueler and Jed Brown, <span style="font-style: italic;">The shallow shelf approximation as a "sliding law" in a thermomechanically coupled ice sheet model</span>, preprint <a href="http://arxiv.org/abs/0810.3449">arXiv:0810.3449</a>, 2008.</li>` +
      `<li>Ed Bueler, <span style="font-style: italic;">An exact solution to the temperature equation in a column of ice and bedrock</span>, preprint <a href="http://arxiv.org/abs/0710.1314">arXiv:0710.1314</a>, 2007.</li>` +
      `<li>Ed Bueler and Jed Brown, <span style="font-style: italic;">On exact solutions for cold, shallow, and thermocoupled ice sheets</span>, preprint <a href="http://arxiv.org/abs/physics/0610106">arXiv:physics/0610106</a>, 2006.</li>` +
      `<li>Ed Bueler, Craig Lingle, Jed Brown, Dave Covey, and Latrice Bowman, <span style="font-style: italic;">Exact time-dependent similarity solutions for isothermal shallow ice sheets</span>, UAF DMS Technical Report 04-01, 2004. (20 pages, 406 KB, <a href="papers/simice.pdf">PDF</a>)</li>` +
      `<li>Ed Bueler and Eric Butcher, <span style="font-style: italic;">Stability of periodic linear delay-differential equations and the Chebyshev approximation of fundamental solutions.</span> UAF DMS Technical Report 02-03, 2002 (33 pages: <a href="papers/dde.pdf">PDF</a>).</li>` +
      `<li><i>Numerical approximation of a two--dimensional thermomechanical model for ice flow</i>, UAF DMS Technical Report 02-02, 2002. (51 pages, 449 KB, <a href="papers/twoDtemp.pdf">PDF</a>) </li>` +
      `<li> <i>Number operators for Riemannian manifolds,</i> <a href="http://arxiv.org/abs/math-ph/0104022">arxiv.org/abs/math-ph/0104022</a>, 2000.</li>` +
      `</ul>`,
  );

  it('reads the entries that name no one as the owner’s papers, with no authors', () => {
    const entries = read(html, 'https://owner.example.org/research.html');
    expect(entries.map((e) => [e.title, e.authors.length, e.year]).slice(-2)).toEqual([
      ['Numerical approximation of a two--dimensional thermomechanical model for ice flow', 0, 2002],
      ['Number operators for Riemannian manifolds', 0, 2000],
    ]);
    expect(entries).toHaveLength(7);
  });
  it('a variant: an entry that opens with a bold name and a remark, not a title closed by a comma, is no paper (ozer)', () => {
    const project = html.replace(
      '</ul>',
      '<li><strong>The UK MP Inbox</strong> (website coming summer 2024) - A comprehensive database of thousands email newsletters sent by UK members of parliament.</li></ul>',
    );
    expect(read(project, 'https://owner.example.org/research.html').map((e) => e.title)).not.toContain('The UK MP Inbox');
  });
});
