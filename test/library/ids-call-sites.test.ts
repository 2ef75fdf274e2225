/** The places that read identifiers from links use idsFromUrl: the issue's publisher links give their DOIs everywhere. */
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { generic } from '../../lib/sites/generic';
import { addPaperLink, type PaperLinks } from '../../lib/sites/paper-links';
import { idsInText } from '../../lib/text/common';

/** The links named in issue 13, which were missed. */
const ISSUE_LINKS: [href: string, doi: string][] = [
  ['https://doi.acm.org/10.1145/1327452.1327492', '10.1145/1327452.1327492'],
  ['https://dl.acm.org/doi/10.1145/3442188.3445922', '10.1145/3442188.3445922'],
  ['https://link.springer.com/article/10.1007/s10994-021-05946-3', '10.1007/s10994-021-05946-3'],
  ['https://onlinelibrary.wiley.com/doi/full/10.1002/int.22879', '10.1002/int.22879'],
];

describe('identifiers from links, at the call sites', () => {
  it('a lab page listing papers with publisher links (generic extractor)', () => {
    const li = ([href]: [string, string], i: number) =>
      `<li><b>A study of thing number ${i + 1}</b><br>Ann Lee and Bo Chen<br><a href="${href}">Paper</a></li>`;
    const doc = parseHtmlDocument(`<html><body><ol>${ISSUE_LINKS.map(li).join('')}</ol></body></html>`);
    const url = new URL('https://lab.example.org/pubs');
    expect(generic.detect(doc, url)).not.toBeNull();
    expect(generic.extract(doc, url).entries.map((e) => e.ids)).toEqual(ISSUE_LINKS.map(([, doi]) => ({ doi })));
  });

  it('lab-page link buttons (Hugo Academic, AcademicPages)', () => {
    for (const [href, doi] of ISSUE_LINKS) {
      const links: PaperLinks = {};
      addPaperLink(links, href, 'DOI');
      expect(links.doi, href).toBe(doi);
    }
    const links: PaperLinks = {};
    addPaperLink(links, 'https://export.arxiv.org/pdf/hep-th/9901001v2', 'PDF');
    expect(links).toEqual({ arxiv: 'hep-th/9901001', pdf: 'https://arxiv.org/pdf/hep-th/9901001' });
  });

  it('links written in text (selection, paste box)', () => {
    for (const [href, doi] of ISSUE_LINKS) expect(idsInText(`J. Doe. A title. Journal 2021 (${href}).`), href).toEqual({ doi });
    expect(idsInText('Preprint: https://www.biorxiv.org/content/10.1101/2021.11.09.467917v1.full.')).toEqual({
      doi: '10.1101/2021.11.09.467917',
    });
    expect(idsInText('arXiv:2401.12345v2, https://doi.org/10.1145/3434304')).toEqual({ arxiv: '2401.12345', doi: '10.1145/3434304' });
  });
});
