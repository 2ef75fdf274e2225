import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout85 pages (study14bx), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('a filter list’s hidden type and topic spans in each item (hamedrahimian)', () => {
  const item = (type: string, topics: string, title: string, names: string, venue: string) =>
    `<li class="paper-list-item"><span class="papertype hidden">${type}</span><span class="papertopics hidden">${topics}</span><span class="underreview hidden">0</span><p><span class="papertitle">${title}</span>, with ${names}.</p><ul><li><p><a href="https://doi.org/10.1000/x${title.length}"><i>${venue}</i>, 2019</a>.</p></li></ul></li>`;
  const html = `<html><body><h2>Publications and Working Papers</h2><ul class="list">
  ${item('J', 'Applied OR', 'A Comprehensive Dynamic Cell Formation Design: Benders’ Decomposition Approach', 'M. M. Ghotboddini and M. Rabbani', 'Expert Systems with Applications')}
  ${item('J', 'Stochastic Programming|(Distributionally) Robust Optimization', 'Controlling Demand Ambiguity and Risk in Newsvendor Models', 'G. Bayraksan and T. Homem-de-Mello', 'European Journal of Operational Research')}
  ${item('C', 'Applied OR', 'A New Vehicle Routing Problem Supported by an Improved Ant Colony Optimization', 'A. Boostani, M. Rabbani, and M. M. Ghotboddini', 'Proceedings of the 1st International Logistics and Supply Chain Conference')}
  </ul></body></html>`;

  it('leaves the hidden spans out of the entries', () => {
    const entries = read(html);
    expect(entries.map((e) => e.title)).toEqual([
      'A Comprehensive Dynamic Cell Formation Design: Benders’ Decomposition Approach',
      'Controlling Demand Ambiguity and Risk in Newsvendor Models',
      'A New Vehicle Routing Problem Supported by an Improved Ant Colony Optimization',
    ]);
    expect(entries[0]!.authors).toEqual(['M. M. Ghotboddini', 'M. Rabbani']);
    expect(entries[2]!.venue).toBe('Proceedings of the 1st International Logistics and Supply Chain Conference');
  });

  it('reads a span a responsive class shows on wide screens (Tailwind’s "hidden md:inline")', () => {
    const shown = html.replaceAll('<span class="papertitle">', '<span class="hidden md:inline">');
    expect(read(shown).map((e) => e.title)).toContain('Controlling Demand Ambiguity and Risk in Newsvendor Models');
  });
});
