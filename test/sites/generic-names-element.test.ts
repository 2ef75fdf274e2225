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
