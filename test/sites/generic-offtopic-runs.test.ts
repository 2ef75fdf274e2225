import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { isOffTopicHeading } from '../../lib/text/common';

/**
 * The generic reader on entries written one after another in one element, blank lines (<br><br>) between them, under
 * bold labels of their own ("<b>Journal Articles:</b>", "<b>Contributed Presentations:</b>"), as bauman's page does:
 * a label that names talks drops the entries after it, up to a label that does not.
 */
const titles = (html: string) =>
  generic.extract(parseHtmlDocument(html), new URL('https://example.edu/pubs.html')).entries.map((e) => e.title);

const paper = (n: number) =>
  `S. J. Bauman, Z. T. Brawley, A. A. Darweesh, J. B. Herzog, "<a href="https://doi.org/10.1021/acsphotonics.${n}">Substrate oxide layer thickness optimization for a dual-width plasmonic grating number ${n}</a>" ACS Photonics, 4, 11${n}-11${n + 5}, (2017)<br><br>`;
const talk = (n: number) =>
  `D. French, S. J. Bauman, M. Whitby, J. B. Herzog, "<a href="http://meetings.aps.org/Meeting/MAR17/Session/Y34.${n}">Plasmonically enhanced photoluminescence dependence on thickness variation ${n}</a>" APS March Meeting, Y34.${n}, (2017)<br><br>`;

describe('generic: bold labels inside a run of <br><br>-separated entries', () => {
  it('leaves out the entries under "Contributed Presentations:" (bauman, each section its own element)', () => {
    const html = `<html><head><title>Publications</title></head><body>
<div class="page"><br><b>Journal Articles:</b><br><br>${[1, 2, 3, 4].map(paper).join('\n')}</div>
<div class="page"><br><b>Contributed Presentations:</b><br><br>${[1, 2, 3, 4].map(talk).join('\n')}</div>
</body></html>`;
    const got = titles(html);
    expect(got).toHaveLength(4);
    expect(got.every((t) => t.startsWith('Substrate oxide layer'))).toBe(true);
  });
  it('takes the entries back after a label of papers in the same element', () => {
    const html = `<html><head><title>Publications</title></head><body>
<div class="page"><b>Contributed Presentations:</b><br><br>${[1, 2, 3].map(talk).join('\n')}
<b>Journal Articles:</b><br><br>${[1, 2, 3, 4].map(paper).join('\n')}</div>
</body></html>`;
    const got = titles(html);
    expect(got).toHaveLength(4);
    expect(got.every((t) => t.startsWith('Substrate oxide layer'))).toBe(true);
  });
  it('a heading between the runs is no part of the entry after it (aitslab)', () => {
    const html = `<html><head><title>Publications</title></head><body><div class="contentgroup__body">
<h4>Scientific publications</h4>Aits S. Methods to detect loss of lysosomal membrane integrity. Methods in Molecular Biology 2019; 1880:315-329.<br><br>Pagliero RJ, D'Astolfo DS, Lelieveld D, Aits S, Egan DA. Discovery of small molecules that induce lysosomal cell death in cancer cell lines. ASSAY and Drug Development Technologies 2016; 14(8):489-510.<br><br>Aits S, Jaattela M, Nylandsted J. Methods for the quantification of lysosomal membrane permeabilization: a hallmark of lysosomal cell death. Methods in Cell Biology 2015; 126:261-285.<br><br>Aits S, Jaattela M. Lysosomal cell death at a glance. Journal of Cell Science 2013; 126:1905-1912.<br><br></div></body></html>`;
    expect(titles(html)[0]).toBe('Methods to detect loss of lysosomal membrane integrity');
  });
});

describe("generic: the owner's name in bold among the authors", () => {
  it('is no title: the title is the sentence after the names and the date (sovacool, mahmoud)', () => {
    const row = (names: string, date: string, title: string, journal: string, doi: string) =>
      `<tr><td><ol><li></li></ol></td><td> ${names}. ${date}. ${title}. <em>${journal}</em>. <a href="https://doi.org/${doi}">${doi}</a></td></tr>`;
    const html = `<html><head><title>Publications</title></head><body><table>
${row('<strong>Sovacool KL</strong>, Westcott SL, Mumphrey MB, Dotson GA, Schloss PD', 'Feb 2022', 'OptiFit: An Improved Method for Fitting Amplicon Sequences to Existing OTUs', 'mSphere', '10.1128/msphere.00916-21')}
${row('Barron MR, <strong>Sovacool KL</strong>, Abernathy-Close L, Vendrov KC, Young VB', 'Jul 2022', 'Intestinal Inflammation Reversibly Alters the Microbiota to Drive Susceptibility to Colonization', 'mBio', '10.1128/mbio.01904-22')}
${row('Topçuoğlu BD, Lapp Z, <strong>Sovacool KL</strong>, Snitkin E, Wiens J, Schloss PD', 'May 2021', 'Mikropml: User-Friendly R Package for Supervised Machine Learning Pipelines', 'Journal of Open Source Software', '10.21105/joss.03073')}
${row('<strong>Sovacool KL</strong>, Armour CR, Schloss PD', 'Aug 2020', 'Ten Simple Rules to Increase Computational Skills among Biologists with Code Clubs', 'PLOS Computational Biology', '10.1371/journal.pcbi.1008119')}
</table></body></html>`;
    expect(titles(html)).toEqual([
      'OptiFit: An Improved Method for Fitting Amplicon Sequences to Existing OTUs',
      'Intestinal Inflammation Reversibly Alters the Microbiota to Drive Susceptibility to Colonization',
      'Mikropml: User-Friendly R Package for Supervised Machine Learning Pipelines',
      'Ten Simple Rules to Increase Computational Skills among Biologists with Code Clubs',
    ]);
  });
});

describe('off-topic headings', () => {
  it('"Datasets" and "Data sets" head no papers (paolo); "Datasets and papers" does', () => {
    expect(isOffTopicHeading('Datasets')).toBe(true);
    expect(isOffTopicHeading('Data sets')).toBe(true);
    expect(isOffTopicHeading('Datasets and papers')).toBe(false);
  });
});
