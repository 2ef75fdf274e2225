/**
 * The readers on publication lists built by site generators (Pelican, Webby + JabRef, Sphinx, Gatsby, blogdown), each on
 * items as the real page serves them. Expected fields read off the page by eye.
 */
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/sites/registry';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { corpusHtml } from '../fixtures/corpus/corpus';
import { parseReference } from '../../lib/text/reference';

/** The page read on demand: every site adapter, then the generic reader and its content fallback. */
const read = (html: string, url: string) => scanPage(parseHtmlDocument(`<html><body>${html}</body></html>`), new URL(url))!;
const fields = (html: string, url: string) =>
  read(html, url).entries.map((e) => ({ title: e.title, authors: e.authors, year: e.year, venue: e.venue, doi: e.ids.doi }));

describe('Pelican (Bootstrap theme): "[J6] - Title" links, names, "Journal (EMSE) - 2022" links (zerouali)', () => {
  // Three items of the page's Journals list, as served.
  const html = `<h3><b>Journals</b></h3>
  <p><li>
    <a href="https://soft.vub.ac.be/Publications/2025/vub-tr-soft-25-18.pdf"><strong >[J7] - A Comprehensive Study of the Lifecycle of Dormant npm Packages</strong></a><br />
    <b style="color:black;" >Ahmed Zerouali</b>, Valeria Pontillo, Coen De Roover
    <br /><a href="https://doi.org/10.1007/s10664-025-10753-8">Empirical Software Engineering (EMSE) - 2025 </a> 
    <br />
    </a>
  </li></p>
  <p><li>
    <a href="https://soft.vub.ac.be/Publications/2022/vub-tr-soft-22-06.pdf"><strong >[J6] - On the Impact of Security Vulnerabilities in the npm and RubyGems Dependency Networks</strong></a><br />
    <b style="color:black;" >Ahmed Zerouali</b>, Tom Mens, Alexandre Decan, Coen De Roover
    <br /><a href="https://doi.org/10.1007/s10664-022-10154-1">Empirical Software Engineering (EMSE) - 2022 </a> 
    <br />
    </a>
  </li></p>
  <p><li>
    <a href="http://soft.vub.ac.be/Publications/2021/vub-tr-soft-21-12.pdf"><strong >[J5] - Back to the Past -- Analysing Backporting Practices in Package Dependency Networks</strong></a><br />
    Alexandre Decan, Tom Mens, <b style="color:black;">Ahmed Zerouali</b>, Coen De Roover
    <br /><a href="http://doi.org/10.1109/TSE.2021.3112204">IEEE Transactions on Software Engineering - 2021 </a> 
    <br />
    </a>
  </li></p>`;

  it('drops the label and its dash before the title', () => {
    expect(fields(html, 'https://azerouali.github.io/publications.html').map((e) => e.title)).toEqual([
      'A Comprehensive Study of the Lifecycle of Dormant npm Packages',
      'On the Impact of Security Vulnerabilities in the npm and RubyGems Dependency Networks',
      'Back to the Past -- Analysing Backporting Practices in Package Dependency Networks',
    ]);
  });
});

describe('Pelican from RDF (list.js): one inline-block <p class="author"> per name, "others" last (kmblog)', () => {
  // The whole page as served (22 items): each name in its own <p style="display: inline-block">, the comma after it.
  const html = corpusHtml('kmblog-publications');

  it('reads the names of each item as one line, "others" as a truncation, the <em> as the venue', () => {
    const scan = scanPage(parseHtmlDocument(html), new URL('https://kmblog.github.io/publications.html'))!;
    expect(scan.entries.slice(0, 3).map((e) => [e.title, e.authors, e.authorsTruncated ?? false, e.venue])).toEqual([
      [
        'Semantic intelligence for real-time automated media production',
        [
          'Pieter Bonte',
          'Femke Ongenae',
          'Jeroen Schaballie',
          'Dörthe Arndt',
          'Robby Wauters',
          'Philip Leroux',
          'Ruben Verborgh',
          'Rik Van de Walle',
          'Erik Mannens',
          'Filip De Turck',
        ],
        false,
        'Posters & Demonstrations Track co-located with the 14th International Semantic Web Conference (ISWC 2015)',
      ],
      [
        'Ontology reasoning using rules in an eHealth context',
        [
          'Dörthe Arndt',
          'Ben De Meester',
          'Pieter Bonte',
          'Jeroen Schaballie',
          'Jabran Bhatti',
          'Wim Dereuddre',
          'Ruben Verborgh',
          'Femke Ongenae',
          'Filip De Turck',
          'Rik Van de Walle',
        ],
        true,
        'International Symposium on Rules and Rule Markup Languages for the Semantic Web',
      ],
      [
        'A probabilistic ontology-based platform for self-learning context-aware healthcare applications',
        ['Femke Ongenae', 'Maxim Claeys', 'Thomas Dupont', 'Wannes Kerckhove', 'Piet Verhoeve', 'Tom Dhaene', 'Filip De Turck'],
        false,
        'Expert Systems with Applications',
      ],
    ]);
  });
});

describe('Pelican (Flex): "[POSTER] <em>Title.</em> Family I., …, Family I. and Family I., <code>Meeting</code> Year" (djrmartin)', () => {
  // The page's poster item as its text reads, the <em> title as the reader's hint.
  const title =
    'Do exercise and energy metabolism exert a selective pressure on gut microbiome? Lessons learned from the EXOMIC pilot clinical study';
  const text = `[POSTER] ${title}. Martin D., Bonneau M., Demay R., Boumpoutou R., Guillemot P., Hazon M., Cuzol A., Monbet V. and Derbré F., 13th International Gut Microbiology Symposium 2023, Aberdeen, 13 -- 15 June 2023.`;

  it('the name after "and" is the last author, the meeting after it the venue', () => {
    const r = parseReference(text, { title })!;
    expect([r.title, r.authors, r.year]).toEqual([
      title,
      ['D. Martin', 'M. Bonneau', 'R. Demay', 'R. Boumpoutou', 'P. Guillemot', 'M. Hazon', 'A. Cuzol', 'V. Monbet', 'F. Derbré'],
      2023,
    ]);
    expect(r.venue).toMatch(/^13th International Gut Microbiology Symposium/);
  });
});
