import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';
import { corpusHtml } from '../fixtures/corpus/corpus';

/** The generic reader on layouts of dev's worst pages (study14ax), from real entries of those pages. */
function read(html: string, url = 'https://survey.example.org/Papers.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('a list of papers, then a summary of each repeating its title with "Family et al. (2025)" (ganifs)', () => {
  // The real page: its list ("<strong>20) Title</strong> <a>ADS link</a><br> Names, et al. (2025), A&A, 699, A220") and,
  // below it, a paragraph on each paper ("<strong>20) Title, Bertola et al. (2025)</strong> … Back to paper list").
  const html = corpusHtml('ganifs-papers');

  it('keeps each paper once, with the names its list entry gives', () => {
    const entries = read(html, 'https://ga-nifs.github.io/Papers.html');
    const mapping = entries.filter((e) => e.title === 'GA-NIFS: Mapping z≃3.5 AGN-driven ionized outflows in the COSMOS field');
    expect(mapping.map((e) => e.authors)).toEqual([['Elena Bertola', 'Giovanni Cresci', 'Giacomo Venturi', 'Michele Perna']]);
    const witnessing = entries.filter((e) => e.title.startsWith('GA-NIFS: Witnessing the complex assembly'));
    expect(witnessing.map((e) => e.authors[0])).toEqual(['Gareth C. Jones']);
  });
});
