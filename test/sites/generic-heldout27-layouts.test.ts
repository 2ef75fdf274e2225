import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';
import { isOffTopicHeading } from '../../lib/text/common';

/**
 * The generic reader on layouts of the former heldout27 pages. Snippets from the real pages, cut down, plus variants;
 * expected fields read off the markup by eye.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('generic: "<strong>Own Name</strong>, Names, <a>Title, Journal 8, (2023)</a>" (varnavides)', () => {
  const item = (names: string, link: string) =>
    `<li class=item><div class=svg-container><svg></svg><div style=margin-left:28px><p>${names},\n<a href=/publications/x/>${link}</a></p></div></div></li>`;
  const page = (items: string[]) =>
    `<html><head><title>Publications</title></head><body><main><h1 class=title>Publications</h1><ul class=list>${items.join('')}</ul></main></body></html>`;

  it('the link’s title is the title, its year the year; the names before it the authors', () => {
    const entries = read(
      page([
        item(
          '<strong>Georgios Varnavides</strong>, Amir Yacoby, Claudia Felser, Prineha Narang',
          'Charge transport and hydrodynamics in materials, Nat Rev Mater 8, (2023)',
        ),
        item(
          'Christina A. Garcia, Dennis M. Nenno, <strong>Georgios Varnavides</strong>, Prineha Narang',
          'Anisotropic phonon-mediated electronic transport in chiral Weyl semimetals, Phys Rev Mater 5, L091202 (2021)',
        ),
        item(
          'Jimin Park, Florian Koehler, <strong>Georgios Varnavides</strong>, Marc-Joseph Antonini, Polina Anikeeva',
          'Influence of Magnetic Fields on Electrochemical Reactions of Redox Cofactor Solutions, Angew. Chem. Int. Ed. (2021)',
        ),
      ]),
      'https://gvarnavides.com/publications/',
    );
    expect(entries.map((e) => [e.title, e.authors.length, e.year])).toEqual([
      ['Charge transport and hydrodynamics in materials', 4, 2023],
      ['Anisotropic phonon-mediated electronic transport in chiral Weyl semimetals', 4, 2021],
      ['Influence of Magnetic Fields on Electrochemical Reactions of Redox Cofactor Solutions', 5, 2021],
    ]);
  });

  it('a variant: short title-case titles the text alone cannot tell from names', () => {
    const entries = read(
      page([
        item('<strong>Ana Costa</strong>, Rui Matos, Inês Lobo', 'Quantum Spin Liquids, Nat Phys 3, (2020)'),
        item('Rui Matos, <strong>Ana Costa</strong>', 'Hydrodynamic Electron Flow, Phys Rev B 101, 045102 (2019)'),
        item('<strong>Ana Costa</strong>, Pedro Reis, Rui Matos', 'Viscous Fermi Liquids, Sci Adv 5, eaaw1234 (2019)'),
      ]),
      'https://example.org/publications/',
    );
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Quantum Spin Liquids', ['Ana Costa', 'Rui Matos', 'Inês Lobo'], 2020],
      ['Hydrodynamic Electron Flow', ['Rui Matos', 'Ana Costa'], 2019],
      ['Viscous Fermi Liquids', ['Ana Costa', 'Pedro Reis', 'Rui Matos'], 2019],
    ]);
  });
});

describe('generic: a Quarto "Media" section after the papers, its own year sections nested in it (buckner)', () => {
  const year = (y: number, ps: string[]) =>
    `<section id="s${y}" class="level2"><h2 class="anchored">${y}</h2>${ps.map((p) => `<p>${p}</p>`).join('\n')}</section>`;
  const paper = (names: string, y: number, title: string, journal: string) =>
    `${names} (${y}). ${title}. <em>${journal}</em>, 8(2), e70239. <a href="https://doi.org/10.1111/x.${y}">https://doi.org/10.1111/x.${y}</a>`;
  const page = (other: string) => `<html><head><title>Publications</title></head><body><main>
<header><h1 class="title">Publications</h1></header>
${year(2026, [paper('<span>Buckner MA</span>, White, EL, &amp; Danforth, BN', 2026, 'Mapping bee diversity with landscape-level models', 'Conservation Science and Practice')])}
${year(2024, [paper('<span>Buckner MA</span>, Hoge, ST, &amp; Danforth, BN', 2024, 'Forecasting the effects of global change on bees', 'Ecology and Evolution')])}
${year(2022, [paper('<span>Buckner MA</span>, &amp; Danforth, BN', 2022, 'Climate-driven range shifts of a rare specialist bee', 'Global Ecology and Conservation')])}
${other}
</main></body></html>`;

  it('the media item under "Media" is no paper; the papers stay', () => {
    const media = `<section id="media" class="level1"><h1>Media</h1>${year(2021, [
      '<span>Buckner M</span>. <em>Cornell CALS Field Notes. Mark Buckner: Helping future generations understand and preserve native bees.</em> 2021 June 23. <a href="https://cals.cornell.edu/news/2021/06/x">https://cals.cornell.edu/news/2021/06/x</a>',
    ])}</section>`;
    expect(read(page(media), 'https://markabuckner.com/pubs.html').map((e) => e.title)).toEqual([
      'Mapping bee diversity with landscape-level models',
      'Forecasting the effects of global change on bees',
      'Climate-driven range shifts of a rare specialist bee',
    ]);
  });

  it('a variant: a "Talks" section with two years of talks', () => {
    const talks = `<section id="talks" class="level1"><h1>Talks</h1>${year(2023, [
      '<span>Buckner M</span>. <em>Native bees on working farms. Keynote, Northeast Pollinator Summit.</em> 2023 May 4. <a href="https://example.org/talk/2023">https://example.org/talk/2023</a>',
    ])}${year(2022, [
      '<span>Buckner M</span>. <em>Modelling bee diversity across New York State. Seminar, Ecology Department.</em> 2022 March 1. <a href="https://example.org/talk/2022">https://example.org/talk/2022</a>',
    ])}</section>`;
    expect(read(page(talks), 'https://example.org/pubs.html').map((e) => e.title)).toEqual([
      'Mapping bee diversity with landscape-level models',
      'Forecasting the effects of global change on bees',
      'Climate-driven range shifts of a rare specialist bee',
    ]);
  });
});

describe('off-topic headings: "In Press" lists papers, "Press" does not (mccormick, a year section under "In Press")', () => {
  it('reads "In Press" as a papers heading and "Press" / "Media" as off-topic ones', () => {
    expect(isOffTopicHeading('In Press')).toBe(false);
    expect(isOffTopicHeading('In press')).toBe(false);
    expect(isOffTopicHeading('Press')).toBe(true);
    expect(isOffTopicHeading('Media')).toBe(true);
  });
});
