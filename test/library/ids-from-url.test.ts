/**
 * idsFromUrl on real link URLs, each as a public page or code file links it (the tool library's find_string id in the
 * comment); expected DOIs read off the URLs by eye.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idsFromUrl } from '../../lib/identity';

const DOIS: [url: string, doi: string][] = [
  // resolvers
  ['https://doi.org/10.1016/0370-1573(94)00112-G', '10.1016/0370-1573(94)00112-g'], // 56330875262
  ['http://dx.doi.org/10.1051/0004-6361/201321527', '10.1051/0004-6361/201321527'], // 2765824387
  ['https://doi.acm.org/10.1145/2939672.2939785', '10.1145/2939672.2939785'], // 70967720359
  ['https://doi.acm.org/10.1145/182.358441', '10.1145/182.358441'], // 17479425164
  // ACM Digital Library
  ['https://dl.acm.org/doi/pdf/10.1145/3434304', '10.1145/3434304'], // 6231939
  ['https://dl.acm.org/doi/pdf/10.1145/584091.584093?casa_token=wqoh-zFX88sAAAAA:1_6aYy6mdwnp-', '10.1145/584091.584093'], // 43845850554
  ['https://dl.acm.org/doi/10.1145/3442188.3445922', '10.1145/3442188.3445922'],
  // Springer
  ['https://link.springer.com/content/pdf/10.1007/s12064-020-00311-9.pdf', '10.1007/s12064-020-00311-9'], // 27433713180
  ['https://link.springer.com/content/pdf/10.1007%2F0-387-34799-2_13.pdf', '10.1007/0-387-34799-2_13'], // 23891250
  ['https://link.springer.com/chapter/10.1007/978-981-10-8530-7_10', '10.1007/978-981-10-8530-7_10'], // 34853954970
  ['https://link.springer.com/article/10.1007/s10994-021-05946-3', '10.1007/s10994-021-05946-3'],
  // Wiley, including society subdomains
  ['https://onlinelibrary.wiley.com/doi/full/10.1002/cyto.b.21610', '10.1002/cyto.b.21610'], // 62870496660
  ['https://onlinelibrary.wiley.com/doi/full/10.1111/j.1600-0587.2013.07872.x', '10.1111/j.1600-0587.2013.07872.x'], // 5855933340
  ['https://onlinelibrary.wiley.com/doi/full/10.1002/int.22879?casa_token=wSdU803SnX0AAAAA%3AHBvDCzTClNGB1Pa', '10.1002/int.22879'], // 39763328670
  ['https://agupubs.onlinelibrary.wiley.com/doi/full/10.1029/2007GL030392', '10.1029/2007gl030392'], // 71554799250
  ['https://besjournals.onlinelibrary.wiley.com/doi/full/10.1111/2041-210X.13545', '10.1111/2041-210x.13545'], // 57033844425
  ['https://onlinelibrary.wiley.com/doi/epdf/10.1002/anie.201915678', '10.1002/anie.201915678'],
  // Taylor & Francis, SAGE, ACS, Science, PNAS
  ['https://www.tandfonline.com/doi/full/10.1080/10920277.2024.2400648?af=R', '10.1080/10920277.2024.2400648'], // 57834097553
  ['http://www.tandfonline.com/doi/full/10.1080/19401493.2016.1273391', '10.1080/19401493.2016.1273391'], // 773096933
  ['https://journals.sagepub.com/doi/abs/10.1177/0022243719866690?journalCode=mrja', '10.1177/0022243719866690'], // 24220374632
  ['https://journals.sagepub.com/doi/10.1177/14604582241263242', '10.1177/14604582241263242'], // 63068462252
  ['https://pubs.acs.org/doi/pdfplus/10.1021/je025546a', '10.1021/je025546a'], // 36115219665
  ['http://pubs.acs.org/doi/abs/10.1021/ci00038a003', '10.1021/ci00038a003'], // 19051057620
  ['https://pubs.acs.org/doi/10.1021/acs.jcim.9b00237', '10.1021/acs.jcim.9b00237'], // 59662616085
  ['https://www.science.org/doi/10.1126/science.abg8871', '10.1126/science.abg8871'], // 66041003
  ['https://www.science.org/doi/full/10.1126/science.1208336?casa_token=g2LgmFsTJPkAAAAA%3Al', '10.1126/science.1208336'], // 13184623388
  ['https://www.pnas.org/doi/10.1073/pnas.0400280101', '10.1073/pnas.0400280101'], // 66800530717
  ['https://www.pnas.org/doi/abs/10.1073/pnas.1720347115', '10.1073/pnas.1720347115'], // 71597600242
  ['https://www.pnas.org/doi/10.1073/pnas.1818877116#sec-2', '10.1073/pnas.1818877116'], // 234175417
  // IOP, APS
  ['http://iopscience.iop.org/article/10.1088/0004-6256/145/1/8/pdf', '10.1088/0004-6256/145/1/8'], // 5629474
  ['https://iopscience.iop.org/article/10.1088/1361-6579/aa56ae', '10.1088/1361-6579/aa56ae'], // 44320042954
  ['https://iopscience.iop.org/article/10.1149/2.1181714jes', '10.1149/2.1181714jes'], // 59713388614
  ['https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.116.061102', '10.1103/physrevlett.116.061102'], // 20114003647
  ['https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.14.57', '10.1103/physrevlett.14.57'], // 61957686322
  // bioRxiv / medRxiv: version and view stripped
  ['https://www.biorxiv.org/content/10.1101/2021.11.09.467917v1', '10.1101/2021.11.09.467917'], // 6792266872
  ['https://www.biorxiv.org/content/10.1101/647545v3.article-info', '10.1101/647545'], // 28782044767
  ['https://www.biorxiv.org/content/10.1101/2025.11.29.691308v1.full', '10.1101/2025.11.29.691308'], // 52446374137
  ['https://www.medrxiv.org/content/10.1101/2022.08.31.22279436v1.full.pdf+html', '10.1101/2022.08.31.22279436'], // 46417501081
  ['https://www.medrxiv.org/content/10.1101/2025.11.19.25340580.full.pdf', '10.1101/2025.11.19.25340580'], // 55232998831
  // Nature: the article id is the DOI suffix (61928425971 names both: DOI 10.1038/nature14539 and this URL)
  ['https://www.nature.com/articles/nature14539', '10.1038/nature14539'],
  ['https://www.nature.com/articles/s41586-021-03819-2.pdf', '10.1038/s41586-021-03819-2'],
];

const ARXIV: [url: string, arxiv: string][] = [
  ['https://arxiv.org/abs/1706.03762', '1706.03762'],
  ['https://arxiv.org/pdf/2203.02155.pdf', '2203.02155'], // 54726664943
  ['https://arxiv.org/html/2101.00001v2/', '2101.00001'], // 69440050671
  ['https://export.arxiv.org/abs/2605.05029v1', '2605.05029'], // 58438000941
  ['http://export.arxiv.org/abs/math/0303109v1', 'math/0303109'], // 70996730541
  ['https://browse-export.arxiv.org/abs/2604.08510', '2604.08510'], // 63945505761
  ['https://arxiv.org/abs/hep-th/9901001v3', 'hep-th/9901001'], // 65737253207
  ['https://arxiv.org/abs/hep-th/0512097v1', 'hep-th/0512097'], // 70086506582
  ['https://arxiv.org/format/2401.12345', '2401.12345'],
  ['https://doi.org/10.48550/arXiv.2101.00001', '2101.00001'], // 69440050671 lists this DOI
];

/** Links that carry no identifier in their path, or none Papershelf can trust. */
const NONE = [
  'https://ieeexplore.ieee.org/document/8578843', // IEEE: an article number, not a DOI
  'https://academic.oup.com/bioinformatics/article/36/4/1234/5566512',
  'https://aclanthology.org/2020.acl-main.463/',
  'https://www.cambridge.org/core/journals/journal-of-fluid-mechanics/article/abs/some-title/0123ABCD',
  'http://arxiv.org/abs/hep-th/01001', // 92364617: arXiv's own "not found" example
  'https://arxiv.org/list/cs.LG/new',
  'https://www.nature.com/nature/volumes/521',
  'https://example.org/paper.pdf',
  'mailto:someone@example.org',
  'not a url',
];

describe('idsFromUrl', () => {
  it.each(DOIS)('%s -> DOI %s', (url, doi) => {
    expect(idsFromUrl(url)).toEqual({ doi });
  });

  it.each(ARXIV)('%s -> arXiv %s', (url, arxiv) => {
    expect(idsFromUrl(url)).toEqual({ arxiv });
  });

  it.each(NONE)('%s -> nothing', (url) => {
    expect(idsFromUrl(url)).toEqual({});
  });

  it('resolves a relative link against the page', () => {
    expect(idsFromUrl('/doi/10.1145/3434304', 'https://dl.acm.org/toc/pacmpl/2021/5/POPL')).toEqual({ doi: '10.1145/3434304' });
    expect(idsFromUrl('../abs/2401.12345v2', 'https://arxiv.org/list/x')).toEqual({ arxiv: '2401.12345' });
  });

  it('any DOI placed on any resolver or /doi/ path comes back lower-case, whatever view, query or fragment follows', () => {
    const doi = fc
      .tuple(fc.integer({ min: 1000, max: 99999 }), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._;()-]{0,30}[A-Za-z0-9]$/))
      .filter(([, s]) => !/\.pdf$/i.test(s))
      .map(([prefix, suffix]) => `10.${prefix}/${suffix}`);
    const place = fc.constantFrom(
      (d: string) => `https://doi.org/${d}`,
      (d: string) => `https://dx.doi.org/${encodeURIComponent(d)}`,
      (d: string) => `https://dl.acm.org/doi/abs/${d}`,
      (d: string) => `https://onlinelibrary.wiley.com/doi/epdf/${d}`,
      (d: string) => `https://www.tandfonline.com/doi/full/${d}`,
      (d: string) => `https://link.springer.com/article/${d}`,
      (d: string) => `https://link.springer.com/content/pdf/${d}.pdf`,
      (d: string) => `https://iopscience.iop.org/article/${d}/meta`,
    );
    const tail = fc.constantFrom('', '?af=R', '#sec-2', '?casa_token=a%3Ab#x');
    fc.assert(
      fc.property(doi, place, tail, (d, at, t) => {
        expect(idsFromUrl(at(d) + t)).toEqual({ doi: d.toLowerCase() });
      }),
      { numRuns: 500 },
    );
  });
});
